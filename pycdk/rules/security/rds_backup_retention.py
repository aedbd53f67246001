"""RDS.BackupRetention: databases keep automated backups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("DBClusterIdentifier") is not None:
        return None
    if str(props.get("BackupRetentionPeriod")) == "0":
        return "Automated backups are off (BackupRetentionPeriod 0)"
    return None


RULE = Rule(
    id="RDS.BackupRetention",
    level=Level.ERROR,
    resource_types=("AWS::RDS::DBInstance",),
    title="The database keeps no automated backups",
    why="With a retention of 0 days there are no automated backups and no point-in-time restore: a bad "
    "migration or a deleted table is lost.",
    fix="Set backup_retention=Duration.days(7) (or more).",
    check=check,
    location="Properties/BackupRetentionPeriod",
)
