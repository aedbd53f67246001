"""TableV2: validation errors (messages name the construct path), replicas, billing and capacity rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Environment, Stack, UnscopedValidationError, ValidationError
from l2 import dynamodb

PK = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
SK = dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING)


@pytest.fixture
def regional() -> Stack:
    return Stack(App(), "R", env=Environment(account="123456789012", region="us-east-1"))


def test_replicas_need_a_region_specific_stack(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        dynamodb.TableV2(stack, "Table", partition_key=PK, replicas=[dynamodb.ReplicaTableProps(region="us-west-2")])
    assert err.value.bare_message == "Replica tables are not supported in a region agnostic stack"
    assert err.value.construct_path == "S/Table"


@pytest.mark.parametrize(
    ("region", "message"),
    [
        ("us-east-1", "You cannot add a replica table in the same region as the primary table - the primary table "
                      "region is us-east-1"),
        ("us-west-2", "Duplicate replica table region, us-west-2, is not allowed"),
    ],
)
def test_fails_on_bad_replica_regions(regional: Stack, region: str, message: str) -> None:
    table = dynamodb.TableV2(regional, "Table", partition_key=PK, replicas=[dynamodb.ReplicaTableProps(region="us-west-2")])
    with pytest.raises(ValidationError) as err:
        table.add_replica(region=region)
    assert err.value.bare_message == message


def test_on_demand_tables_reject_index_capacity(stack: Stack) -> None:
    table = dynamodb.TableV2(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError, match="You cannot configure 'readCapacity' or 'writeCapacity'"):
        table.add_global_secondary_index(index_name="gsi", partition_key=SK, read_capacity=dynamodb.Capacity.fixed(1))


def test_local_index_needs_a_table_sort_key(stack: Stack) -> None:
    table = dynamodb.TableV2(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError, match="The table must have a sort key in order to add a local secondary index"):
        table.add_local_secondary_index(index_name="lsi", sort_key=SK)


def test_index_names_are_unique_across_index_kinds(stack: Stack) -> None:
    table = dynamodb.TableV2(stack, "Table", partition_key=PK, sort_key=SK)
    table.add_global_secondary_index(index_name="idx", partition_key=SK)
    with pytest.raises(ValidationError, match="Duplicate secondary index name, idx, is not allowed"):
        table.add_local_secondary_index(index_name="idx", sort_key=dynamodb.Attribute(
            name="x", type=dynamodb.AttributeType.NUMBER))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_capacity": 1, "min_capacity": 2}, "`minCapacity` must be less than or equal to `maxCapacity`"),
        ({"max_capacity": 5, "target_utilization_percent": 10},
         "`targetUtilizationPercent` cannot be less than 20 or greater than 90"),
        ({"max_capacity": 5, "seed_capacity": 0}, "'seedCapacity' cannot be less than 1 - received 0"),
    ],
)
def test_autoscaled_capacity_limits(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        dynamodb.Capacity.autoscaled(**kwargs)
    assert err.value.bare_message == message


def test_fixed_write_capacity_is_rejected(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="You cannot configure 'writeCapacity' with FIXED capacity mode"):
        dynamodb.TableV2(
            stack,
            "Table",
            partition_key=PK,
            billing=dynamodb.Billing.provisioned(
                read_capacity=dynamodb.Capacity.fixed(1), write_capacity=dynamodb.Capacity.fixed(1)
            ),
        )


def test_witness_region_needs_strong_consistency(regional: Stack) -> None:
    with pytest.raises(ValidationError, match="Witness region cannot be specified for a Multi-Region Eventual"):
        dynamodb.TableV2(regional, "Table", partition_key=PK, witness_region="us-east-2")


def test_strong_consistency_needs_three_regions_of_one_set(regional: Stack) -> None:
    with pytest.raises(ValidationError, match="Region 'eu-west-1' is not in the same region set \\(US\\)"):
        dynamodb.TableV2(
            regional,
            "Table",
            partition_key=PK,
            multi_region_consistency=dynamodb.MultiRegionConsistency.STRONG,
            replicas=[dynamodb.ReplicaTableProps(region="eu-west-1")],
        )


def test_replica_returns_an_imported_table_in_that_region(regional: Stack) -> None:
    table = dynamodb.TableV2(regional, "Table", partition_key=PK, replicas=[dynamodb.ReplicaTableProps(region="us-west-2")])
    assert table.replica("us-east-1") is table
    replica = table.replica("us-west-2")
    assert regional.resolve(replica.table_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":dynamodb:us-west-2:123456789012:table/", {"Ref": "TableCD117FA1"}]]
    }
    with pytest.raises(ValidationError, match="No replica table exists in region eu-west-1"):
        table.replica("eu-west-1")


def test_tags_reach_every_replica_sorted_before_prop_tags(regional: Stack, synth: Callable) -> None:
    from constructs import CfnTag, Tags

    table = dynamodb.TableV2(
        regional, "Table", partition_key=PK, tags=[CfnTag(key="a-prop", value="1")],
        replicas=[dynamodb.ReplicaTableProps(region="us-west-2")],
    )
    Tags.of(table).add("zeta", "z")
    Tags.of(table).add("Alpha", "a")
    replicas = synth(regional)["Resources"]["TableCD117FA1"]["Properties"]["Replicas"]
    assert [r["Region"] for r in replicas] == ["us-west-2", "us-east-1"]
    assert replicas[0]["Tags"] == [{"Key": "Alpha", "Value": "a"}, {"Key": "zeta", "Value": "z"}]
    assert replicas[1]["Tags"] == [
        {"Key": "Alpha", "Value": "a"},
        {"Key": "zeta", "Value": "z"},
        {"Key": "a-prop", "Value": "1"},
    ]


def test_a_key_attribute_redefined_with_another_type_fails(stack: Stack) -> None:
    # aws-cdk-lib: "AttributeTypeConflict: Unable to specify pk as N because it was already defined as S"
    table = dynamodb.TableV2(stack, "Table", partition_key=PK)
    with pytest.raises(ValidationError) as err:
        table.add_global_secondary_index(
            index_name="idx", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.NUMBER)
        )
    assert err.value.bare_message == "Unable to specify pk as N because it was already defined as S"
    assert err.value.construct_path == "S/Table"
