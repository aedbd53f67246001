"""StepFunctions.Logging: state machines log their executions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    logging = props.get("LoggingConfiguration")
    if isinstance(logging, dict) and logging.get("Level", "OFF") != "OFF" and logging.get("Destinations"):
        return None
    return "Execution logging is off"


RULE = Rule(
    id="StepFunctions.Logging",
    level=Level.WARNING,
    resource_types=("AWS::StepFunctions::StateMachine",),
    title="The state machine does not log executions",
    why="Execution history expires and is hard to search; logs to CloudWatch keep each failure's input, error "
    "and state.",
    fix="Set logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ERROR) (or ALL).",
    check=check,
    nag_ids=("AwsSolutions-SF1",),
    location="Properties/LoggingConfiguration",
)
