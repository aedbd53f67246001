"""KMS.KeyRotation: symmetric KMS keys rotate their key material."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("KeySpec", "SYMMETRIC_DEFAULT") != "SYMMETRIC_DEFAULT":
        return None  # asymmetric and HMAC keys cannot rotate automatically
    return None if is_on(props.get("EnableKeyRotation")) else "The key does not rotate its key material"


RULE = Rule(
    id="KMS.KeyRotation",
    level=Level.ERROR,
    resource_types=("AWS::KMS::Key",),
    title="The symmetric KMS key does not rotate",
    why="Automatic rotation replaces the key material every year (or the period set), bounding how much data "
    "one version of the key protects; old versions still decrypt.",
    fix="Set enable_key_rotation=True on the key.",
    check=check,
    nag_ids=("AwsSolutions-KMS5",),
    location="Properties/EnableKeyRotation",
)
