"""Lambda.ExplicitMemory: functions choose their memory size."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if props.get("MemorySize") is not None else "The function uses the default 128 MB of memory"


RULE = Rule(
    id="Lambda.ExplicitMemory",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function leaves memory at the default",
    why="Memory also sets the CPU share: the 128 MB default is often slower and, billed by duration, not cheaper.",
    fix="Set memory_size after measuring (e.g. with AWS Lambda Power Tuning).",
    check=check,
    nag_ids=("Serverless-LambdaDefaultMemorySize",),
    location="Properties/MemorySize",
)
