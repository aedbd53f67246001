"""ECS.NoPrivileged: containers do not run privileged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_true
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    found = [f"Container::{c.get('Name')}" for c in as_list(props.get("ContainerDefinitions"))
             if isinstance(c, dict) and is_true(c.get("Privileged"))]
    return found or None


RULE = Rule(
    id="ECS.NoPrivileged",
    level=Level.ERROR,
    resource_types=("AWS::ECS::TaskDefinition",),
    title="A container runs privileged",
    why="A privileged container has root access to the host: escaping it takes over the instance and every "
    "other task on it.",
    fix="Remove privileged=True; add the specific Linux capabilities needed (linux_parameters) instead.",
    check=check,
)
