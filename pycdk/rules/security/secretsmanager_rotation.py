"""SecretsManager.Rotation: secrets rotate automatically."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.template.referrers(resource.logical_id, "AWS::SecretsManager::RotationSchedule"):
        return None
    return "The secret has no rotation schedule"


RULE = Rule(
    id="SecretsManager.Rotation",
    level=Level.WARNING,
    resource_types=("AWS::SecretsManager::Secret",),
    title="The secret does not rotate",
    why="A secret that never changes stays valid wherever it leaked (logs, laptops, old employees).",
    fix="Add a rotation schedule (secret.add_rotation_schedule(...), or add_rotation_single_user() on database "
    "secrets).",
    check=check,
    nag_ids=("AwsSolutions-SMG4",),
)
