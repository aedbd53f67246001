"""StepFunctions.Tracing: state machines send traces to AWS X-Ray."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    tracing = props.get("TracingConfiguration")
    return None if isinstance(tracing, dict) and is_on(tracing.get("Enabled")) else "X-Ray tracing is off"


RULE = Rule(
    id="StepFunctions.Tracing",
    level=Level.WARNING,
    resource_types=("AWS::StepFunctions::StateMachine",),
    title="The state machine does not trace with X-Ray",
    why="Traces show each state's duration and the service calls it makes, across the whole execution.",
    fix="Set tracing_enabled=True on the state machine.",
    check=check,
    nag_ids=("Serverless-StepFunctionStateMachineXray", "AwsSolutions-SF2"),
    location="Properties/TracingConfiguration",
)
