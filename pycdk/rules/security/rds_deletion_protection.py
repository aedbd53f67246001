"""RDS.DeletionProtection: databases are protected from deletion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::RDS::DBInstance" and props.get("DBClusterIdentifier") is not None:
        return None
    return None if is_on(props.get("DeletionProtection")) else "Deletion protection is off"


RULE = Rule(
    id="RDS.DeletionProtection",
    level=Level.WARNING,
    resource_types=("AWS::RDS::DBInstance", "AWS::RDS::DBCluster"),
    title="The database has no deletion protection",
    why="Deletion protection stops a mistaken stack update, deletion or console click from deleting the "
    "database.",
    fix="Set deletion_protection=True.",
    check=check,
    nag_ids=("AwsSolutions-RDS10",),
    location="Properties/DeletionProtection",
)
