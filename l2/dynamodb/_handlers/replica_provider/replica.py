"""The DynamoDB global-table replica handlers (``Custom::DynamoDBReplica``), run by the provider framework.

``on_event`` adds or removes one replica region of a table with ``UpdateTable(ReplicaUpdates=...)``;
``is_complete`` polls ``DescribeTable`` until the replica (and, unless told to skip it, the table's indexes and
replication) is active. Both take the provider framework's event and return its response shape.
"""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_client: Any = None


def _dynamodb() -> Any:
    """The DynamoDB client (created on first use; tests set ``_client`` to a fake)."""
    global _client
    if _client is None:
        import boto3

        _client = boto3.client("dynamodb")
    return _client


def _truthy(value: Any) -> bool:
    """CloudFormation passes booleans as strings (``"true"``/``"false"``)."""
    return value is True or str(value).lower() == "true"


def _not_found(error: Exception) -> bool:
    """Whether a botocore error is DynamoDB's ``ResourceNotFoundException``."""
    code = getattr(error, "response", {}).get("Error", {}).get("Code")
    return code == "ResourceNotFoundException" or type(error).__name__ == "ResourceNotFoundException"


def on_event(event: dict, context: Any = None) -> dict:
    """Create, update or delete the replica named by ``ResourceProperties.Region``."""
    logger.info("event: %s", {k: v for k, v in event.items() if k != "ResponseURL"})
    props = event["ResourceProperties"]
    table_name, region = props["TableName"], props["Region"]
    request = event["RequestType"]
    action: str | None = None
    if request == "Create":
        action = "Create"
    elif request == "Update":
        old = event.get("OldResourceProperties", {})
        if old.get("TableName") != table_name or old.get("Region") != region:
            action = "Create"  # a new physical resource: CloudFormation deletes the old one afterwards
    elif request == "Delete":
        if _truthy(props.get("SkipReplicaDeletion", False)):
            logger.info("skipping the deletion of the replica in %s (SkipReplicaDeletion)", region)
        else:
            action = "Delete"
    else:
        raise ValueError(f"Unsupported request type: {request}")
    if action is not None:
        try:
            _dynamodb().update_table(TableName=table_name, ReplicaUpdates=[{action: {"RegionName": region}}])
        except Exception as error:  # the table or replica already gone is fine on delete
            if action != "Delete" or not _not_found(error):
                raise
            logger.info("table or replica already deleted: %s", error)
    return {"PhysicalResourceId": f"{table_name}-{region}"}


def is_complete(event: dict, context: Any = None) -> dict:
    """Whether the replica operation started by ``on_event`` has finished."""
    props = event["ResourceProperties"]
    table_name, region = props["TableName"], props["Region"]
    request = event["RequestType"]
    try:
        table = _dynamodb().describe_table(TableName=table_name)["Table"]
    except Exception as error:
        if request == "Delete" and _not_found(error):
            return {"IsComplete": True}
        raise
    replicas = table.get("Replicas", [])
    replica = next((r for r in replicas if r.get("RegionName") == region), None)
    if request == "Delete":
        if _truthy(props.get("SkipReplicaDeletion", False)):
            return {"IsComplete": True}
        return {"IsComplete": replica is None}
    table_active = table.get("TableStatus") == "ACTIVE"
    replica_active = replica is not None and replica.get("ReplicaStatus") == "ACTIVE"
    if _truthy(props.get("SkipReplicationCompletedWait", False)):
        return {"IsComplete": table_active and replica_active}
    indexes_active = all(index.get("IndexStatus") == "ACTIVE" for index in table.get("GlobalSecondaryIndexes", []))
    replica_indexes_active = replica is not None and all(
        index.get("IndexStatus", "ACTIVE") == "ACTIVE" for index in replica.get("GlobalSecondaryIndexes", [])
    )
    return {"IsComplete": table_active and replica_active and indexes_active and replica_indexes_active}
