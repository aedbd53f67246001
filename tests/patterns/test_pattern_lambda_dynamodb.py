"""LambdaToDynamoDB: secure defaults, every override, snapshot, cfn-lint and validation errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assertions import Annotations, Match, Template
from constructs import RemovalPolicy, Stack, ValidationError
from l2 import dynamodb, kms, lambda_
from patterns import LambdaToDynamoDB
from patterns.lambda_dynamodb import DEFAULT_TABLE_ENVIRONMENT_VARIABLE_NAME


def _pattern(stack: Stack, function_props: dict[str, Any], **props: Any) -> LambdaToDynamoDB:
    return LambdaToDynamoDB(stack, "Items", lambda_function_props=function_props, **props)


def _logical_id(stack: Stack, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def _granted_actions(template: Template) -> set[str]:
    """Every action of every statement in the stack's IAM policies."""
    actions: set[str] = set()
    for policy in template.find_resources("AWS::IAM::Policy").values():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            action = statement["Action"]
            actions.update([action] if isinstance(action, str) else action)
    return actions


# --- defaults -----------------------------------------------------------------------------------------------


def test_exposes_the_constructs_it_creates(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)

    assert isinstance(pattern.lambda_function, lambda_.Function)
    assert isinstance(pattern.dynamo_table, dynamodb.Table)
    assert pattern.dynamo_table.node.path == "S/Items/DynamoTable"
    assert DEFAULT_TABLE_ENVIRONMENT_VARIABLE_NAME == "DDB_TABLE_NAME"


def test_the_table_is_on_demand_encrypted_recoverable_and_retained(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::DynamoDB::Table", 1)
    template.has_resource(
        "AWS::DynamoDB::Table",
        {
            "Properties": Match.object_equals(
                {
                    "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                    "BillingMode": "PAY_PER_REQUEST",
                    "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                    "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
                    "SSESpecification": {"SSEEnabled": True},
                }
            ),
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
        },
    )


def test_the_function_gets_the_table_name_and_tracing(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)

    Template.from_stack(stack).has_resource_properties(
        "AWS::Lambda::Function",
        {
            "Environment": {"Variables": {"DDB_TABLE_NAME": {"Ref": _logical_id(stack, pattern.dynamo_table)}}},
            "TracingConfig": {"Mode": "Active"},
        },
    )


def test_by_default_the_function_may_read_and_write_items_of_this_table_only(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    pattern = _pattern(stack, function_props)
    template = Template.from_stack(stack)
    table_arn = {"Fn::GetAtt": [_logical_id(stack, pattern.dynamo_table), "Arn"]}

    actions = _granted_actions(template)
    assert {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"} <= actions
    assert not {"dynamodb:*", "dynamodb:DeleteTable", "dynamodb:CreateTable"} & actions
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [Match.object_like({"Action": Match.array_with(["dynamodb:PutItem"]), "Resource": [table_arn]})]
                )
            }
        },
    )
    for policy in template.find_resources("AWS::IAM::Policy").values():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            if any(a.startswith("dynamodb:") for a in statement["Action"]):
                assert statement["Resource"] == [table_arn]


def test_synthesizes_without_warnings(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)

    Annotations.from_stack(stack).has_no_warning("*", Match.any_value())


def test_default_template_snapshot(stack: Stack, function_props: dict[str, Any], template_snapshot: Any) -> None:
    _pattern(stack, function_props)

    assert template_snapshot == stack


def test_the_default_template_passes_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(stack, function_props)

    assert cfn_lint_errors(stack) == []


# --- overrides ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("permissions", "granted", "not_granted"),
    [
        ("Read", {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"}, {"dynamodb:PutItem", "dynamodb:*"}),
        ("Write", {"dynamodb:PutItem", "dynamodb:DeleteItem"}, {"dynamodb:GetItem", "dynamodb:Scan", "dynamodb:*"}),
        ("ReadWrite", {"dynamodb:GetItem", "dynamodb:PutItem"}, {"dynamodb:*"}),
        ("All", {"dynamodb:*"}, {"dynamodb:PutItem"}),
    ],
)
def test_table_permissions_choose_the_grant(
    stack: Stack, function_props: dict[str, Any], permissions: str, granted: set[str], not_granted: set[str]
) -> None:
    _pattern(stack, function_props, table_permissions=permissions)
    actions = _granted_actions(Template.from_stack(stack))

    assert granted <= actions
    assert not not_granted & actions


def test_the_environment_variable_name_is_configurable(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props, table_environment_variable_name="ITEMS_TABLE")

    Template.from_stack(stack).has_resource_properties(
        "AWS::Lambda::Function",
        {"Environment": {"Variables": Match.object_equals({"ITEMS_TABLE": Match.any_value()})}},
    )


def test_table_props_replace_the_key_and_keep_the_other_defaults(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    _pattern(
        stack,
        function_props,
        dynamo_table_props={
            "partition_key": dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            "sort_key": dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
            "removal_policy": RemovalPolicy.DESTROY,
        },
    )

    Template.from_stack(stack).has_resource(
        "AWS::DynamoDB::Table",
        {
            "Properties": {
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                "BillingMode": "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
                "SSESpecification": {"SSEEnabled": True},
            },
            "DeletionPolicy": "Delete",
        },
    )


def test_provisioned_capacity_switches_the_billing_mode(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props, dynamo_table_props={"read_capacity": 5, "write_capacity": 2})

    Template.from_stack(stack).has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "BillingMode": Match.absent(),
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 2},
        },
    )


def test_a_customer_key_encrypts_the_table(stack: Stack, function_props: dict[str, Any]) -> None:
    key = kms.Key(stack, "Key")
    _pattern(stack, function_props, dynamo_table_props={"encryption_key": key})

    Template.from_stack(stack).has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "SSESpecification": {
                "KMSMasterKeyId": {"Fn::GetAtt": [_logical_id(stack, key), "Arn"]},
                "SSEEnabled": True,
                "SSEType": "KMS",
            }
        },
    )


def test_the_legacy_point_in_time_recovery_flag_replaces_the_default(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    _pattern(stack, function_props, dynamo_table_props={"point_in_time_recovery": False})

    Template.from_stack(stack).has_resource_properties(
        "AWS::DynamoDB::Table", {"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": False}}
    )


def test_an_existing_table_and_function_are_wired_together(
    stack: Stack, make_function: Callable[..., lambda_.Function]
) -> None:
    table = dynamodb.Table(
        stack, "Own", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )
    function = make_function(stack, "Fn")
    pattern = LambdaToDynamoDB(stack, "Items", existing_lambda_obj=function, existing_table_obj=table)
    template = Template.from_stack(stack)

    assert pattern.dynamo_table is table
    assert pattern.lambda_function is function
    template.resource_count_is("AWS::DynamoDB::Table", 1)
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {"Environment": {"Variables": {"DDB_TABLE_NAME": {"Ref": _logical_id(stack, table)}}}},
    )


def test_overridden_templates_pass_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(
        stack,
        function_props,
        dynamo_table_props={
            "partition_key": dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            "encryption_key": kms.Key(stack, "Key"),
            "read_capacity": 5,
            "write_capacity": 5,
        },
        table_permissions="Read",
    )

    assert cfn_lint_errors(stack) == []


# --- validation ---------------------------------------------------------------------------------------------


def test_fails_with_both_an_existing_table_and_table_props(stack: Stack, function_props: dict[str, Any]) -> None:
    table = dynamodb.Table(
        stack, "Own", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
    )
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, existing_table_obj=table, dynamo_table_props={"table_name": "items"})

    assert err.value.bare_message == "Provide either existing_table_obj or dynamo_table_props, not both"
    assert err.value.construct_path == "S/Items"


@pytest.mark.parametrize("permissions", ["readwrite", "Admin", ""])
def test_fails_on_unknown_table_permissions(stack: Stack, function_props: dict[str, Any], permissions: str) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, table_permissions=permissions)

    assert err.value.bare_message == (
        f"table_permissions must be one of 'Read', 'Write', 'ReadWrite', 'All', got {permissions!r}"
    )
    assert err.value.construct_path == "S/Items"


def test_fails_on_table_props_the_table_does_not_take(stack: Stack, function_props: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, dynamo_table_props={"partitionKey": "id"})

    assert err.value.bare_message == (
        "dynamo_table_props has keys that l2.dynamodb.Table does not take: partitionKey; "
        "use the keyword arguments of l2.dynamodb.Table"
    )


def test_fails_with_both_an_existing_function_and_function_props(
    stack: Stack, function_props: dict[str, Any], make_function: Callable[..., lambda_.Function]
) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, existing_lambda_obj=make_function(stack, "Own"))

    assert err.value.bare_message == "Provide either existing_lambda_obj or lambda_function_props, not both"
    assert err.value.construct_path == "S/Items"
