"""Lambda.DeadLetterQueue: functions keep the asynchronous events they fail to process."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def has_failure_destination(resource: Resource, props: Mapping[str, Any]) -> bool:
    """True when the function has a dead-letter queue or an event-invoke config with an on-failure destination."""
    dlq = props.get("DeadLetterConfig")
    if isinstance(dlq, dict) and dlq.get("TargetArn"):
        return True
    for config in resource.template.referrer_properties(resource.logical_id, "AWS::Lambda::EventInvokeConfig"):
        destination = config.get("DestinationConfig")
        if isinstance(destination, dict) and isinstance(destination.get("OnFailure"), dict):
            return True
    return False


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if has_failure_destination(resource, props):
        return None
    return "The function has no dead-letter queue or on-failure destination"


RULE = Rule(
    id="Lambda.DeadLetterQueue",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function has no dead-letter queue or on-failure destination",
    why="An asynchronous event the function fails to process (after two retries) is dropped unless a "
    "dead-letter queue or an on-failure destination keeps it.",
    fix="Set dead_letter_queue_enabled=True (or dead_letter_queue=...), or on_failure=destinations.SqsDestination(...).",
    check=check,
    nag_ids=("Serverless-LambdaDLQ",),
    location="Properties/DeadLetterConfig",
)
