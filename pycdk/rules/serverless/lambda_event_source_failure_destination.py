"""Lambda.EventSourceFailureDestination: event source mappings keep the records they fail on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import ref_target
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    source = ref_target(props.get("EventSourceArn"))
    view = resource.template
    if source is not None and view.resources.get(source, {}).get("Type") == "AWS::SQS::Queue":
        if view.properties(source).get("RedrivePolicy") is not None:
            return None
        return "The SQS queue the mapping reads has no dead-letter queue"
    if props.get("StartingPosition") is None:
        return None  # not a stream source (SQS outside the template, MQ, ...)
    config = props.get("DestinationConfig")
    on_failure = config.get("OnFailure") if isinstance(config, dict) else None
    if isinstance(on_failure, dict) and on_failure.get("Destination"):
        return None
    return "The stream mapping has no on-failure destination"


RULE = Rule(
    id="Lambda.EventSourceFailureDestination",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::EventSourceMapping",),
    title="The event source mapping has no failure destination",
    why="A record that keeps failing blocks a stream shard until it expires, or loops on an SQS queue; a "
    "failure destination (or the queue's dead-letter queue) sets it aside.",
    fix="Give stream sources on_failure=SqsDlq(queue) (with retry_attempts), and SQS sources a queue with a "
    "dead_letter_queue.",
    check=check,
    nag_ids=("Serverless-LambdaEventSourceMappingDestination",),
)
