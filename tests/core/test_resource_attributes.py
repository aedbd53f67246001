"""``Resource.get_resource_arn_attribute``: the attribute in the resource's environment, a formatted ARN in another
one; given as aws-cdk-lib does (the attribute's string token) or as the attribute's reference itself."""

from __future__ import annotations

import re
from typing import Any

import pytest

from constructs import App, CfnResource, Environment, Resource, Stack


class _Widget(Resource):
    def __init__(self, scope: Stack, id: str, *, as_reference: bool) -> None:
        super().__init__(scope, id, physical_name="widget-1")
        self._resource = CfnResource(self, "Resource", type="AWS::Test::Widget")
        attr: Any = self._resource.get_att("Arn") if as_reference else self._resource.get_att("Arn").to_string()
        self.widget_arn = self.get_resource_arn_attribute(
            attr, {"service": "test", "resource": "widget", "resource_name": self.physical_name}
        )


def _consumer_value(app: App, producer_env: Environment, consumer_env: Environment, as_reference: bool) -> Any:
    producer = Stack(app, "Producer", env=producer_env)
    consumer = Stack(app, "Consumer", env=consumer_env)
    widget = _Widget(producer, "Widget", as_reference=as_reference)
    CfnResource(consumer, "User", type="AWS::Test::User", properties={"Target": widget.widget_arn})
    return app.synth().get_stack_artifact("Consumer").template["Resources"]["User"]["Properties"]["Target"]


@pytest.mark.parametrize("as_reference", [False, True], ids=["string token", "reference"])
def test_same_environment_uses_the_attribute(as_reference: bool) -> None:
    env = Environment(account="111111111111", region="eu-west-1")
    stack = Stack(App(), "S", env=env)
    widget = _Widget(stack, "Widget", as_reference=as_reference)
    assert stack.resolve(widget.widget_arn) == {"Fn::GetAtt": ["Widget4B80EBE7", "Arn"]}


@pytest.mark.parametrize("as_reference", [False, True], ids=["string token", "reference"])
def test_another_account_gets_the_formatted_arn(as_reference: bool) -> None:
    value = _consumer_value(
        App(),
        Environment(account="111111111111", region="eu-west-1"),
        Environment(account="222222222222", region="eu-west-1"),
        as_reference,
    )
    assert value == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":test:eu-west-1:111111111111:widget/widget-1"]]
    }


def test_another_stack_in_the_same_environment_imports_the_attribute() -> None:
    env = Environment(account="111111111111", region="eu-west-1")
    values = [_consumer_value(App(), env, env, as_reference) for as_reference in (False, True)]
    assert values[0] == values[1]
    (name,) = values[1].values()
    assert list(values[1]) == ["Fn::ImportValue"]
    assert re.fullmatch(r"Producer:ExportsOutputFnGetAttWidget4B80EBE7Arn[0-9A-F]{8}", name)
