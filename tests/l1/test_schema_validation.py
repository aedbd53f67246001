"""Schema validation at synthesis: every kind of error message, word for word; tokens and overrides pass."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from _l1_apps import new_stack, template

from constructs import App, Stack, Token, ValidationError
from l1 import dynamodb, iam, lambda_, s3

CODE = lambda_.CfnFunction.CodeProperty(zip_file="x")
ROLE = "arn:aws:iam::123456789012:role/r"


def _bucket(stack: Stack, **props: Any) -> s3.CfnBucket:
    return s3.CfnBucket(stack, "Bucket", **props)


def _function(stack: Stack, **props: Any) -> lambda_.CfnFunction:
    return lambda_.CfnFunction(stack, "Fn", **{"code": CODE, "role": ROLE, **props})


def _table(stack: Stack, **props: Any) -> dynamodb.CfnTable:
    return dynamodb.CfnTable(stack, "Table", **{"key_schema": [{"attribute_name": "pk", "key_type": "HASH"}], **props})


CASES: list[tuple[str, Callable[[Stack], Any], str]] = [
    (
        "missing_required_top_level",
        lambda stack: _function(stack, role=None),
        "AWS::Lambda::Function: Properties.Role is required but missing",
    ),
    (
        "missing_required_nested",
        lambda stack: _bucket(stack, versioning_configuration={}),
        "AWS::S3::Bucket: Properties.VersioningConfiguration.Status is required but missing",
    ),
    (
        "unknown_property_with_hint",
        lambda stack: _bucket(stack, versioning_configuration={"statuss": "Enabled"}),
        'AWS::S3::Bucket: Properties.VersioningConfiguration has no property "statuss" (did you mean "status"?)',
    ),
    (
        "unknown_property_in_cloudformation_case",
        lambda stack: _bucket(stack, versioning_configuration={"Status": "Enabled"}),
        'AWS::S3::Bucket: Properties.VersioningConfiguration has no property "Status" (did you mean "status"?)',
    ),
    (
        "unknown_property_without_hint",
        lambda stack: _bucket(stack, versioning_configuration={"zzz": 1}),
        'AWS::S3::Bucket: Properties.VersioningConfiguration has no property "zzz"; valid properties: status',
    ),
    (
        "wrong_type_string",
        lambda stack: _bucket(stack, bucket_name=42),
        "AWS::S3::Bucket: Properties.BucketName must be a string, got int: 42",
    ),
    (
        "wrong_type_integer",
        lambda stack: _function(stack, memory_size="256"),
        'AWS::Lambda::Function: Properties.MemorySize must be an integer, got str: "256"',
    ),
    (
        "wrong_type_list",
        lambda stack: _function(stack, architectures="arm64"),
        'AWS::Lambda::Function: Properties.Architectures must be a list, got str: "arm64"',
    ),
    (
        "wrong_type_property_type",
        lambda stack: _bucket(stack, versioning_configuration="Enabled"),
        'AWS::S3::Bucket: Properties.VersioningConfiguration must be a VersioningConfigurationProperty or a mapping, '
        'got str: "Enabled"',
    ),
    (
        "enum",
        lambda stack: _bucket(stack, versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="On")),
        'AWS::S3::Bucket: Properties.VersioningConfiguration.Status must be one of "Enabled", "Suspended", got "On"',
    ),
    (
        "enum_of_a_list_item",
        lambda stack: _function(stack, architectures=["sparc"]),
        'AWS::Lambda::Function: Properties.Architectures[0] must be one of "x86_64", "arm64", got "sparc"',
    ),
    (
        "pattern",
        lambda stack: _bucket(stack, bucket_name="Bad_Name"),
        'AWS::S3::Bucket: Properties.BucketName must match the pattern "^([a-z0-9][a-z0-9.-]*[a-z0-9])?$", '
        'got "Bad_Name"',
    ),
    (
        "max_length",
        lambda stack: _bucket(stack, bucket_name="a" * 64),
        f'AWS::S3::Bucket: Properties.BucketName must be at most 63 character(s) long, got 64: "{"a" * 64}"',
    ),
    (
        "min_length",
        lambda stack: iam.CfnRole(stack, "Role", assume_role_policy_document={}, permissions_boundary="arn:short"),
        'AWS::IAM::Role: Properties.PermissionsBoundary must be at least 20 character(s) long, got 9: "arn:short"',
    ),
    (
        "minimum",
        lambda stack: _function(stack, memory_size=64),
        "AWS::Lambda::Function: Properties.MemorySize must be at least 128, got 64",
    ),
    (
        "maximum",
        lambda stack: _function(stack, timeout=6000),
        "AWS::Lambda::Function: Properties.Timeout must be at most 5400, got 6000",
    ),
    (
        "min_items",
        lambda stack: _table(stack, key_schema=[]),
        "AWS::DynamoDB::Table: Properties.KeySchema must have at least 1 item(s), got 0",
    ),
    (
        "max_items",
        lambda stack: _function(stack, architectures=["arm64", "x86_64"]),
        "AWS::Lambda::Function: Properties.Architectures must have at most 1 item(s), got 2",
    ),
]


@pytest.mark.parametrize(("make", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fails_at_synthesis_with_the_property_path(make: Callable[[Stack], Any], message: str) -> None:
    app, stack = new_stack()
    resource = make(stack)
    with pytest.raises(ValidationError) as caught:
        app.synth()
    assert caught.value.bare_message == message
    assert str(caught.value) == f"{message}\n    at path [{resource.node.path}]"
    assert caught.value.scope is resource


def test_errors_are_runtime_errors_too() -> None:
    app, stack = new_stack()
    _bucket(stack, bucket_name=42)
    with pytest.raises(RuntimeError):
        app.synth()


def test_unresolved_tokens_are_not_validated() -> None:
    app, stack = new_stack()
    # Upper case and "_" break the bucket-name pattern, but the token makes the value unknown until deployment.
    bucket = _bucket(stack, bucket_name=f"{stack.stack_name}-UPPER_{stack.region}")
    function = _function(
        stack, memory_size=Token.as_number(bucket.get_att("Size")), architectures=Token.as_list(bucket.get_att("A"))
    )
    resources = template(app, stack)["Resources"]
    assert resources["Bucket"]["Properties"]["BucketName"] == {"Fn::Join": ["", ["Test-UPPER_", {"Ref": "AWS::Region"}]]}
    assert resources["Fn"]["Properties"]["MemorySize"] == {"Fn::GetAtt": ["Bucket", "Size"]}
    assert function.memory_size is not None


def test_property_overrides_are_the_escape_hatch() -> None:
    app, stack = new_stack()
    bucket = _bucket(stack)
    bucket.add_property_override("BucketName", 42)
    bucket.add_property_override("VersioningConfiguration.Status", "On")
    assert template(app, stack)["Resources"]["Bucket"]["Properties"] == {
        "BucketName": 42,
        "VersioningConfiguration": {"Status": "On"},
    }


def test_an_unchecked_app_still_synthesizes() -> None:
    app = App()
    stack = Stack(app, "Ok")
    _function(stack, memory_size=256, architectures=["arm64"])
    assert template(app, stack)["Resources"]["Fn"]["Properties"]["MemorySize"] == 256
