"""ECS.ContainerLogging: containers send their output to a log driver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    found = [f"Container::{c.get('Name')}" for c in as_list(props.get("ContainerDefinitions"))
             if isinstance(c, dict) and not c.get("LogConfiguration")]
    return found or None


RULE = Rule(
    id="ECS.ContainerLogging",
    level=Level.WARNING,
    resource_types=("AWS::ECS::TaskDefinition",),
    title="A container has no log configuration",
    why="Without a log driver the container's output is lost when the task stops.",
    fix="Set logging=ecs.LogDrivers.aws_logs(stream_prefix=...) on the container.",
    check=check,
    nag_ids=("AwsSolutions-ECS7",),
)
