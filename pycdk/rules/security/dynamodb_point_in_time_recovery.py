"""DynamoDB.PointInTimeRecovery: tables keep continuous backups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_on
from .._rule import Level, Resource, Rule


def _on(spec: Any) -> bool:
    return isinstance(spec, dict) and is_on(spec.get("PointInTimeRecoveryEnabled"))


def check(props: Mapping[str, Any], resource: Resource) -> str | list[str] | None:
    if resource.type == "AWS::DynamoDB::Table":
        return None if _on(props.get("PointInTimeRecoverySpecification")) else "Point-in-time recovery is off"
    off = [render_region(r) for r in as_list(props.get("Replicas"))
           if isinstance(r, dict) and not _on(r.get("PointInTimeRecoverySpecification"))]
    return [f"Replica::{r}" for r in off] or None


def render_region(replica: Mapping[str, Any]) -> str:
    """The replica's region as text."""
    region = replica.get("Region")
    return region if isinstance(region, str) else "<intrinsic>"


RULE = Rule(
    id="DynamoDB.PointInTimeRecovery",
    level=Level.WARNING,
    resource_types=("AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"),
    title="The table has no point-in-time recovery",
    why="Point-in-time recovery restores the table to any second of the last 35 days, undoing a bad write, a "
    "faulty deployment or a deletion of items.",
    fix="Set point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification("
    "point_in_time_recovery_enabled=True).",
    check=check,
    nag_ids=("AwsSolutions-DDB3",),
    location="Properties/PointInTimeRecoverySpecification",
)
