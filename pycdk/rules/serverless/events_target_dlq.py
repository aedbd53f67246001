"""Events.TargetDLQ: EventBridge rule targets keep the events they cannot deliver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    found: list[str] = []
    for target in as_list(props.get("Targets")):
        if not isinstance(target, dict):
            continue
        dlq = target.get("DeadLetterConfig")
        if not (isinstance(dlq, dict) and dlq.get("Arn")):
            found.append(f"Target::{target.get('Id')}")
    return found or None


RULE = Rule(
    id="Events.TargetDLQ",
    level=Level.WARNING,
    resource_types=("AWS::Events::Rule",),
    title="A rule target has no dead-letter queue",
    why="An event EventBridge cannot deliver to a target after its retries is dropped unless the target has a "
    "dead-letter queue.",
    fix="Pass dead_letter_queue=queue to the target (targets.LambdaFunction(fn, dead_letter_queue=...)).",
    check=check,
    nag_ids=("Serverless-EventBusDLQ",),
)
