"""Table: validation errors (messages name the construct path), key schemas, indexes, grants and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import dynamodb, iam

PK = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
SK = dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER)


def _table_props(template: dict[str, Any], logical_id: str = "TableCD117FA1") -> dict[str, Any]:
    return template["Resources"][logical_id]["Properties"]


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"billing_mode": dynamodb.BillingMode.PAY_PER_REQUEST, "read_capacity": 3},
            "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode",
        ),
        (
            {"point_in_time_recovery": True,
             "point_in_time_recovery_specification": dynamodb.PointInTimeRecoverySpecification(
                 point_in_time_recovery_enabled=True)},
            "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. "
            "Use `pointInTimeRecoverySpecification` only.",
        ),
        (
            {"point_in_time_recovery_specification": dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=False, recovery_period_in_days=5)},
            "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.",
        ),
        (
            {"point_in_time_recovery_specification": dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True, recovery_period_in_days=36)},
            "`recoveryPeriodInDays` must be a value between `1` and `35`.",
        ),
        (
            {"encryption": dynamodb.TableEncryption.AWS_MANAGED, "encryption_key": "KEY"},
            "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED "
            "(it was set to AWS_MANAGED)",
        ),
        (
            {"contributor_insights_enabled": True,
             "contributor_insights_specification": dynamodb.ContributorInsightsSpecification(enabled=True)},
            "`contributorInsightsSpecification` and `contributorInsightsEnabled` are set. "
            "Use `contributorInsightsSpecification` only.",
        ),
    ],
)
def test_fails_on_conflicting_props(stack: Stack, props: dict[str, Any], message: str) -> None:
    if props.get("encryption_key") == "KEY":  # a real key: a stand-in object fails the IKey type check first
        from l2 import kms

        props = {**props, "encryption_key": kms.Key(stack, "Key")}
    with pytest.raises(ValidationError) as err:
        dynamodb.Table(stack, "Table", partition_key=PK, **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Table"


def test_fails_on_a_duplicate_index_name(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK, sort_key=SK)
    table.add_global_secondary_index(index_name="idx", partition_key=SK)
    with pytest.raises(ValidationError, match="a duplicate index name, idx, is not allowed"):
        table.add_local_secondary_index(index_name="idx", sort_key=PK)


def test_fails_on_an_attribute_redefined_with_another_type(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError) as err:
        table.add_global_secondary_index(
            index_name="idx", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.NUMBER)
        )
    assert err.value.bare_message == "Unable to specify pk as N because it was already defined as S"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "Exactly one of 'partitionKey', 'partitionKeys' must be specified"),
        ({"partition_key": SK, "partition_keys": [SK]}, "Exactly one of 'partitionKey', 'partitionKeys' must be specified"),
        ({"partition_keys": []}, "'partitionKeys' must contain at least one element"),
        ({"partition_key": SK, "sort_key": SK, "sort_keys": [SK]}, "At most one of 'sortKey', 'sortKeys' may be specified"),
        ({"partition_keys": [SK] * 5}, "Maximum of 4 partition keys allowed"),
        ({"partition_key": SK, "projection_type": dynamodb.ProjectionType.INCLUDE},
         "non-key attributes should be specified when using INCLUDE projection type"),
        ({"partition_key": SK, "non_key_attributes": ["a"]},
         "non-key attributes should not be specified when not using INCLUDE projection type"),
    ],
)
def test_fails_on_invalid_global_index_props(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError) as err:
        table.add_global_secondary_index(index_name="idx", **kwargs)
    assert err.value.bare_message == message


def test_fails_on_a_sixth_local_index(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK, sort_key=SK)
    for i in range(5):
        table.add_local_secondary_index(index_name=f"l{i}", sort_key=dynamodb.Attribute(
            name=f"a{i}", type=dynamodb.AttributeType.STRING))
    with pytest.raises(ValidationError, match="a maximum number of local secondary index per table is 5"):
        table.add_local_secondary_index(index_name="l5", sort_key=SK)


def test_local_index_without_table_sort_key_fails_at_synthesis(stack: Stack, synth: Callable) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    table.add_local_secondary_index(index_name="l", sort_key=SK)
    with pytest.raises(Exception, match=r"\[S/Table\] a sort key of the table must be specified to add local"):
        synth(stack)


def test_index_props_render_in_cloudformation_order(stack: Stack, synth: Callable) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK, billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
    table.add_global_secondary_index(
        index_name="gsi", partition_key=SK, projection_type=dynamodb.ProjectionType.INCLUDE, non_key_attributes=[]
    )
    gsi = _table_props(synth(stack))["GlobalSecondaryIndexes"]
    assert gsi == [
        {
            "IndexName": "gsi",
            "KeySchema": [{"AttributeName": "sk", "KeyType": "HASH"}],
            "Projection": {"NonKeyAttributes": [], "ProjectionType": "INCLUDE"},
        }
    ]


def test_schema_reports_the_keys_of_the_table_and_its_indexes(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK, sort_key=SK)
    table.add_global_secondary_index(index_name="multi", partition_keys=[PK, SK])
    assert table.schema() == dynamodb.SchemaOptions(partition_key=PK, sort_key=SK)
    assert table.schema_v2("multi") == dynamodb.KeySchema(partition_keys=[PK, SK], sort_keys=[])
    with pytest.raises(ValidationError, match="uses multi-attribute keys"):
        table.schema("multi")
    with pytest.raises(ValidationError, match="Cannot find schema for index: nope"):
        table.schema("nope")


def test_stream_grants_need_a_stream(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    assert table.table_stream_arn is None
    with pytest.raises(ValidationError, match="DynamoDB Streams must be enabled on the table S/Table"):
        table.grant_stream_read(role)


def test_grants_reject_unknown_service_principals(stack: Stack) -> None:
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError, match="do not support ServicePrincipal grantees"):
        table.grant_read_data(iam.ServicePrincipal("lambda.amazonaws.com"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "One of tableName or tableArn is required!"),
        ({"table_name": "a", "table_arn": "arn:aws:dynamodb:us-east-1:1:table/a"},
         "Only one of tableArn or tableName can be provided"),
    ],
)
def test_fails_on_bad_import_attributes(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        dynamodb.Table.from_table_attributes(stack, "Imported", **kwargs)
    assert err.value.bare_message == message


def test_imported_arn_yields_the_table_name(stack: Stack) -> None:
    imported = dynamodb.Table.from_table_arn(stack, "I", "arn:aws:dynamodb:us-east-1:123456789012:table/orders")
    assert imported.table_name == "orders"
    assert imported.table_stream_arn is None


def test_user_error_metric_has_no_dimensions_keyword(stack: Stack) -> None:
    # aws-cdk-lib 2.275's Python MetricOptions has no ``dimensions``: jsii refuses the keyword with a TypeError.
    table = dynamodb.Table(stack, "Table", partition_key=PK)
    with pytest.raises(TypeError, match="dimensions"):
        table.metric_user_errors(dimensions={"a": "b"})  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="'Operation' dimension must be passed"):
        table.metric_successful_request_latency()
