"""``Resource(environment_from_arn=...)``: the account and region come from an ARN written out with tokens.

aws-cdk-lib splits such an ARN (``arn:${AWS::Partition}:sns:eu-west-1:111111111111:topic``) on ``:`` and keeps
the literal parts; a token in the account or region position stays that token. Every expected value below was
printed by aws-cdk-lib 2.275.0 for the same ARN (``Stack.resolve([r.env.account, r.env.region])``).
"""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Aws, Resource, Stack

CASES: list[tuple[str, Any, list[Any]]] = [
    ("token partition", lambda: "arn:" + Aws.PARTITION + ":sns:eu-west-1:111111111111:topic",
     ["111111111111", "eu-west-1"]),
    ("token partition and region",
     lambda: "arn:" + Aws.PARTITION + ":sns:" + Aws.REGION + ":111111111111:topic",
     ["111111111111", {"Ref": "AWS::Region"}]),
    ("token account", lambda: "arn:aws:sns:eu-west-1:" + Aws.ACCOUNT_ID + ":topic",
     [{"Ref": "AWS::AccountId"}, "eu-west-1"]),
    ("token partition and resource name",
     lambda: "arn:" + Aws.PARTITION + ":lambda:us-east-2:222222222222:function:" + Aws.STACK_NAME,
     ["222222222222", "us-east-2"]),
    ("literal", lambda: "arn:aws:sqs:ap-south-1:333333333333:queue", ["333333333333", "ap-south-1"]),
]


@pytest.mark.parametrize(("make", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_environment_from_arn_with_tokens(make: Any, expected: list[Any]) -> None:
    stack = Stack(App(), "S")
    resource = Resource(stack, "R", environment_from_arn=make())
    assert stack.resolve([resource.env.account, resource.env.region]) == expected
