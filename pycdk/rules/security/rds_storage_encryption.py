"""RDS.StorageEncryption: database storage is encrypted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::RDS::DBInstance" and props.get("DBClusterIdentifier") is not None:
        return None  # the cluster's storage setting applies
    if props.get("EngineMode") == "serverless":
        return None  # Aurora Serverless v1 is always encrypted
    return None if is_on(props.get("StorageEncrypted")) else "The database storage is not encrypted"


RULE = Rule(
    id="RDS.StorageEncryption",
    level=Level.ERROR,
    resource_types=("AWS::RDS::DBInstance", "AWS::RDS::DBCluster"),
    title="The database storage is not encrypted",
    why="Unencrypted storage exposes the data, its automated backups and snapshots to anyone who gets a copy; "
    "encryption cannot be turned on later without a restore.",
    fix="Set storage_encrypted=True (and storage_encryption_key to use your own KMS key).",
    check=check,
    nag_ids=("AwsSolutions-RDS2",),
    location="Properties/StorageEncrypted",
)
