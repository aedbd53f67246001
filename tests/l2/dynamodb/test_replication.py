"""``Table(replication_regions=...)``: validation (aws-cdk-lib's messages), the replica wiring, and pycdk's own
replica handlers run in-process against a fake DynamoDB client. Whole templates are pinned by the golden apps
``l2_dynamodb/integ_global*``, ``integ_table_skip_replica_deletion`` and ``table_replication_options``."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assertions import Template
from constructs import App, Duration, Environment, RemovalPolicy, Stack, ValidationError
from l2 import dynamodb

PK = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
HANDLER = Path(dynamodb.__file__).parent / "_handlers" / "replica_provider" / "replica.py"


# -- validation (messages as aws-cdk-lib 2.275.0 raises them) --------------------------------------------------
def test_replicas_need_new_and_old_images_streams(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="`stream` must be set to `NEW_AND_OLD_IMAGES` when specifying"):
        dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                       stream=dynamodb.StreamViewType.KEYS_ONLY)


def test_replicas_reject_customer_managed_encryption(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"TableEncryption.CUSTOMER_MANAGED is not supported by DynamoDB Global"):
        dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                       encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED)


def test_replicas_reject_the_stack_region() -> None:
    stack = Stack(App(), "S", env=Environment(region="us-east-2"))
    with pytest.raises(ValidationError, match="`replicationRegions` cannot include the region where this stack"):
        dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["eu-west-1", "us-east-2"])


def test_replication_timeout_must_be_whole_query_intervals(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"totalTimeout=15s is not integrally dividable by queryInterval=10s"):
        dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                       replication_timeout=Duration.seconds(15))


def test_provisioned_global_table_needs_write_autoscaling(stack: Stack, synth: Callable) -> None:
    dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                   billing_mode=dynamodb.BillingMode.PROVISIONED)
    with pytest.raises(Exception, match=r"needs auto-scaled write capacity. Use the autoScaleWriteCapacity\(\)"):
        synth(stack)


def test_provisioned_global_table_needs_a_scaling_policy(stack: Stack, synth: Callable) -> None:
    table = dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                           billing_mode=dynamodb.BillingMode.PROVISIONED)
    table.auto_scale_write_capacity(min_capacity=1, max_capacity=2)
    with pytest.raises(Exception, match=r"auto-scaled write capacity with a policy. Call one of the scaleOn\*\(\)"):
        synth(stack)


# -- wiring --------------------------------------------------------------------------------------------------
def test_global_table_defaults_to_on_demand_with_streams(stack: Stack) -> None:
    table = dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"])
    assert table.billing_mode is dynamodb.BillingMode.PAY_PER_REQUEST
    Template.from_stack(stack).has_resource_properties("AWS::DynamoDB::Table", {
        "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"},
    })


def test_one_replica_per_distinct_region_and_one_provider_per_stack(stack: Stack) -> None:
    first = dynamodb.Table(stack, "A", partition_key=PK, replication_regions=["us-east-2", "eu-west-1", "us-east-2"])
    second = dynamodb.Table(stack, "B", partition_key=PK, replication_regions=["us-west-2"])
    assert first.regions == ["us-east-2", "eu-west-1"]
    assert second.regions == ["us-west-2"]
    template = Template.from_stack(stack)
    template.resource_count_is("Custom::DynamoDBReplica", 3)
    template.resource_count_is("AWS::CloudFormation::Stack", 1)
    # an env-agnostic stack guards each replica with a condition on its region
    replicas = template.find_resources("Custom::DynamoDBReplica")
    conditions = template.to_json()["Conditions"]
    assert sorted(r["Condition"] for r in replicas.values()) == sorted(conditions)
    assert len(conditions) == 3


def test_replicas_without_flag_keep_no_skip_property(stack: Stack) -> None:
    # without @aws-cdk/aws-dynamodb:retainTableReplica (as in the integ_global fixture)
    dynamodb.Table(stack, "T", partition_key=PK, replication_regions=["us-east-2"],
                   replica_removal_policy=RemovalPolicy.RETAIN)
    props = next(iter(Template.from_stack(stack).find_resources("Custom::DynamoDBReplica").values()))["Properties"]
    assert "SkipReplicaDeletion" not in props
    assert "SkipReplicationCompletedWait" not in props


# -- the replica handlers (pycdk's own code), in-process -------------------------------------------------------
class NotFound(Exception):
    """Stands in for botocore's ResourceNotFoundException."""

    response = {"Error": {"Code": "ResourceNotFoundException"}}


class FakeDynamoDB:
    def __init__(self, table: dict[str, Any] | None = None, fail: Exception | None = None) -> None:
        self.table = table
        self.fail = fail
        self.updates: list[dict[str, Any]] = []

    def update_table(self, **kwargs: Any) -> dict[str, Any]:
        if self.fail is not None:
            raise self.fail
        self.updates.append(kwargs)
        return {}

    def describe_table(self, *, TableName: str) -> dict[str, Any]:
        if self.fail is not None or self.table is None:
            raise self.fail or NotFound()
        return {"Table": self.table}


@pytest.fixture
def handler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("replica_handler_under_test", HANDLER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(request: str, **props: Any) -> dict[str, Any]:
    return {"RequestType": request, "ResourceProperties": {"TableName": "tbl", "Region": "eu-west-2", **props}}


def test_on_event_create_adds_the_replica(handler: ModuleType) -> None:
    handler._client = fake = FakeDynamoDB()
    assert handler.on_event(_event("Create")) == {"PhysicalResourceId": "tbl-eu-west-2"}
    assert fake.updates == [{"TableName": "tbl", "ReplicaUpdates": [{"Create": {"RegionName": "eu-west-2"}}]}]


def test_on_event_update_creates_only_when_table_or_region_changes(handler: ModuleType) -> None:
    handler._client = fake = FakeDynamoDB()
    same = {**_event("Update"), "OldResourceProperties": {"TableName": "tbl", "Region": "eu-west-2"}}
    handler.on_event(same)
    assert fake.updates == []
    moved = {**_event("Update"), "OldResourceProperties": {"TableName": "tbl", "Region": "us-east-2"}}
    assert handler.on_event(moved) == {"PhysicalResourceId": "tbl-eu-west-2"}
    assert fake.updates == [{"TableName": "tbl", "ReplicaUpdates": [{"Create": {"RegionName": "eu-west-2"}}]}]


def test_on_event_delete_removes_or_skips(handler: ModuleType) -> None:
    handler._client = fake = FakeDynamoDB()
    handler.on_event(_event("Delete", SkipReplicaDeletion="true"))
    assert fake.updates == []
    handler.on_event(_event("Delete", SkipReplicaDeletion="false"))
    assert fake.updates == [{"TableName": "tbl", "ReplicaUpdates": [{"Delete": {"RegionName": "eu-west-2"}}]}]


def test_on_event_delete_of_a_missing_table_succeeds_but_create_errors_propagate(handler: ModuleType) -> None:
    handler._client = FakeDynamoDB(fail=NotFound())
    assert handler.on_event(_event("Delete")) == {"PhysicalResourceId": "tbl-eu-west-2"}
    with pytest.raises(NotFound):
        handler.on_event(_event("Create"))
    with pytest.raises(ValueError, match="Unsupported request type: Bogus"):
        handler.on_event(_event("Bogus"))


def _table(replica_status: str | None, index_status: str = "ACTIVE") -> dict[str, Any]:
    replicas = [] if replica_status is None else [
        {"RegionName": "eu-west-2", "ReplicaStatus": replica_status,
         "GlobalSecondaryIndexes": [{"IndexName": "i", "IndexStatus": index_status}]}]
    return {"TableStatus": "ACTIVE", "Replicas": replicas,
            "GlobalSecondaryIndexes": [{"IndexName": "i", "IndexStatus": "ACTIVE"}]}


@pytest.mark.parametrize(("replica", "index", "skip_wait", "done"), [
    ("CREATING", "ACTIVE", None, False),
    ("ACTIVE", "CREATING", None, False),   # replication of the indexes not finished yet
    ("ACTIVE", "CREATING", "true", True),  # wait_for_replication_to_finish=False: an active replica is enough
    ("ACTIVE", "ACTIVE", "false", True),
    (None, "ACTIVE", None, False),
])
def test_is_complete_on_create(handler: ModuleType, replica: str | None, index: str, skip_wait: str | None,
                               done: bool) -> None:
    handler._client = FakeDynamoDB(_table(replica, index))
    props = {} if skip_wait is None else {"SkipReplicationCompletedWait": skip_wait}
    assert handler.is_complete(_event("Create", **props)) == {"IsComplete": done}


def test_is_complete_on_delete(handler: ModuleType) -> None:
    handler._client = FakeDynamoDB(_table("DELETING"))
    assert handler.is_complete(_event("Delete")) == {"IsComplete": False}
    assert handler.is_complete(_event("Delete", SkipReplicaDeletion="true")) == {"IsComplete": True}
    handler._client = FakeDynamoDB(_table(None))
    assert handler.is_complete(_event("Delete")) == {"IsComplete": True}
    handler._client = FakeDynamoDB(None)
    assert handler.is_complete(_event("Delete")) == {"IsComplete": True}
    with pytest.raises(NotFound):
        handler.is_complete(_event("Create"))
