"""S3.Versioning: each bucket keeps object versions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_intrinsic
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    config = props.get("VersioningConfiguration")
    if isinstance(config, dict) and (config.get("Status") == "Enabled" or is_intrinsic(config.get("Status"))):
        return None
    return "The bucket does not keep object versions"


RULE = Rule(
    id="S3.Versioning",
    level=Level.WARNING,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket does not keep object versions",
    why="Without versioning an overwrite or delete (by mistake, a bug or an attacker) loses the object for good.",
    fix="Set versioned=True (and a lifecycle rule expiring noncurrent versions to bound the cost).",
    check=check,
    location="Properties/VersioningConfiguration",
)
