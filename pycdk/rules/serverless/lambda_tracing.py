"""Lambda.Tracing: functions send traces to AWS X-Ray."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_intrinsic
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    tracing = props.get("TracingConfig")
    if isinstance(tracing, dict) and (tracing.get("Mode") == "Active" or is_intrinsic(tracing.get("Mode"))):
        return None
    return "Active tracing is off"


RULE = Rule(
    id="Lambda.Tracing",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function does not trace with X-Ray",
    why="Traces show where the time of a request goes across functions, queues and APIs, and which downstream "
    "call fails.",
    fix="Set tracing=lambda_.Tracing.ACTIVE.",
    check=check,
    nag_ids=("Serverless-LambdaTracing",),
    location="Properties/TracingConfig",
)
