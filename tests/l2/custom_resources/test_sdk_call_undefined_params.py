"""An AwsSdkCall's parameters with undefined values render as aws-cdk-lib 2.275.0 renders them (printed by it)."""

from __future__ import annotations

from assertions import Template
from constructs import App, Stack, Token
from l2 import custom_resources as cr


def test_undefined_parameter_elements_are_dropped() -> None:
    stack = Stack(App(), "S")
    cr.AwsCustomResource(
        stack, "C",
        on_create=cr.AwsSdkCall(
            service="S3", action="listBuckets",
            parameters={"A": [Token.as_string(None)], "B": [1, None, 2], "C": Token.as_string(None),
                        "D": {"E": [None]}},
            physical_resource_id=cr.PhysicalResourceId.of("x"),
        ),
        policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    )
    creates = [r["Properties"]["Create"] for r in Template.from_stack(stack).find_resources("Custom::AWS").values()]
    assert creates == [
        '{"action":"listBuckets","service":"S3","parameters":{"A":[],"B":[1,2],"D":{"E":[]}},'
        '"physicalResourceId":{"id":"x"}}'
    ]
