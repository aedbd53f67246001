"""Logs.Encryption: log groups are encrypted with a KMS key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if props.get("KmsKeyId") else "The log group is not encrypted with a KMS key"


RULE = Rule(
    id="Logs.Encryption",
    level=Level.WARNING,
    resource_types=("AWS::Logs::LogGroup",),
    title="The log group is not encrypted with a KMS key",
    why="Logs often hold request data and identifiers; a KMS key lets a key policy decide who can read them "
    "and records each use.",
    fix="Set encryption_key=kms.Key(...) (its key policy must allow the logs service).",
    check=check,
    location="Properties/KmsKeyId",
)
