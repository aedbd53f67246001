"""``Arn.split`` reads the layout of an ARN from its text, as aws-cdk-lib does.

Every expected row is what aws-cdk-lib 2.275.0's ``Arn.split(arn, format)`` returned for the same input
(partition, service, region, account, resource, resource name, the format it found).
"""

from __future__ import annotations

import pytest

from constructs import App, Arn, ArnFormat, Stack, Token, ValidationError

CDK_SPLITS = [
    (
        "arn:aws:iam::123:role/name",
        "SLASH_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        "name",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:iam::123:role",
        "SLASH_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:iam::123:role/path/name",
        "SLASH_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        "path/name",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function:fn",
        "COLON_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        "fn",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function",
        "COLON_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function/x",
        "COLON_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        "x",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function:fn:alias",
        "COLON_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        "fn:alias",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:s3:::bucket/a:b",
        "SLASH_RESOURCE_NAME",
        "aws",
        "s3",
        "",
        "",
        "bucket",
        "a:b",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:apigateway:us-east-1::/restapis/abc",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
        "aws",
        "apigateway",
        "us-east-1",
        "",
        "restapis",
        "abc",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:apigateway:us-east-1::/restapis",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
        "aws",
        "apigateway",
        "us-east-1",
        "",
        "/restapis",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:sns:us-east-1:123:topic",
        "NO_RESOURCE_NAME",
        "aws",
        "sns",
        "us-east-1",
        "123",
        "topic",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:s3:::bucket/key",
        "NO_RESOURCE_NAME",
        "aws",
        "s3",
        "",
        "",
        "bucket/key",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:kms:us-east-1:123:key/abc",
        "SLASH_RESOURCE_NAME",
        "aws",
        "kms",
        "us-east-1",
        "123",
        "key",
        "abc",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:iam::123:role/name",
        "COLON_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        "name",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:iam::123:role:x/y",
        "SLASH_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        "x/y",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:apigateway:us-east-1::/restapis/abc",
        "SLASH_RESOURCE_NAME",
        "aws",
        "apigateway",
        "us-east-1",
        "",
        "restapis",
        "abc",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
    ),
    ("arn:aws:iam::123:/x", "SLASH_RESOURCE_NAME", "aws", "iam", "", "123", "/x", None, "NO_RESOURCE_NAME"),
    (
        "arn:aws:sns:us-east-1:123:topic:sub",
        "NO_RESOURCE_NAME",
        "aws",
        "sns",
        "us-east-1",
        "123",
        "topic",
        "sub",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function:fn",
        "NO_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        "fn",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:lambda:us-east-1:123:function:fn",
        "SLASH_RESOURCE_NAME",
        "aws",
        "lambda",
        "us-east-1",
        "123",
        "function",
        "fn",
        "COLON_RESOURCE_NAME",
    ),
    (
        "arn:aws:s3:::bucket/key/x",
        "NO_RESOURCE_NAME",
        "aws",
        "s3",
        "",
        "",
        "bucket/key/x",
        None,
        "NO_RESOURCE_NAME",
    ),
    (
        "arn:aws:iam::123:role/:x",
        "SLASH_RESOURCE_NAME",
        "aws",
        "iam",
        "",
        "123",
        "role",
        "x",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:ecs:us-east-1:123:/a/b:c",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
        "aws",
        "ecs",
        "us-east-1",
        "123",
        "a",
        "b:c",
        "SLASH_RESOURCE_SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:ssm:us-east-1:123:parameter/a/b",
        "SLASH_RESOURCE_NAME",
        "aws",
        "ssm",
        "us-east-1",
        "123",
        "parameter",
        "a/b",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:ssm:us-east-1:123:parameter//a",
        "SLASH_RESOURCE_NAME",
        "aws",
        "ssm",
        "us-east-1",
        "123",
        "parameter",
        "/a",
        "SLASH_RESOURCE_NAME",
    ),
    (
        "arn:aws:logs:us-east-1:123:log-group:/aws/x:*",
        "COLON_RESOURCE_NAME",
        "aws",
        "logs",
        "us-east-1",
        "123",
        "log-group",
        "/aws/x:*",
        "COLON_RESOURCE_NAME",
    ),
]


@pytest.mark.parametrize(
    ("arn", "given", "partition", "service", "region", "account", "resource", "name", "found"), CDK_SPLITS
)
def test_split_as_aws_cdk_lib(
    arn: str,
    given: str,
    partition: str,
    service: str,
    region: str,
    account: str,
    resource: str,
    name: str | None,
    found: str,
) -> None:
    c = Arn.split(arn, ArnFormat[given])
    assert (c.partition, c.service, c.region, c.account, c.resource, c.resource_name, c.arn_format) == (
        partition,
        service,
        region,
        account,
        resource,
        name,
        ArnFormat[found],
    )


def test_stack_split_arn_is_the_same_split() -> None:
    stack = Stack(App(), "S")
    assert stack.split_arn("arn:aws:iam::123:role", ArnFormat.SLASH_RESOURCE_NAME) == Arn.split(
        "arn:aws:iam::123:role", ArnFormat.SLASH_RESOURCE_NAME
    )


def test_an_empty_resource_is_an_error() -> None:
    # aws-cdk-lib leaves the resource undefined here, which its Python binding cannot return
    with pytest.raises(ValidationError, match="resource.*6th component"):
        Arn.split("arn:aws:iam::123://x", ArnFormat.SLASH_RESOURCE_NAME)


def test_a_token_arn_is_split_at_deployment() -> None:
    stack = Stack(App(), "S")
    arn = Token.as_string({"Ref": "RoleArn"})
    c = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME)
    assert stack.resolve(c.resource_name) == {
        "Fn::Select": [1, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Ref": "RoleArn"}]}]}]}]
    }
