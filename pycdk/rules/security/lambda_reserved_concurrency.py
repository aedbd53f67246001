"""Lambda.ReservedConcurrency: functions set a concurrency limit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("ReservedConcurrentExecutions") is not None:
        return None
    return "The function has no reserved concurrency (it can use all of the account's)"


RULE = Rule(
    id="Lambda.ReservedConcurrency",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function has no concurrency limit",
    why="Without a limit one function can take the account's whole concurrency (throttling every other "
    "function), and a flood of requests scales it, and its cost and its load on downstream systems, unchecked.",
    fix="Set reserved_concurrent_executions to the most the function and what it calls can sustain.",
    check=check,
    location="Properties/ReservedConcurrentExecutions",
)
