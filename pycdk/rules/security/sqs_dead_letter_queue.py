"""SQS.DeadLetterQueue: queues move messages that keep failing to a dead-letter queue."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("RedrivePolicy") is not None:
        return None
    if resource.template.referrers(resource.logical_id, "AWS::SQS::Queue"):
        return None  # a queue another queue redrives to (a dead-letter queue itself)
    return "The queue has no dead-letter queue (RedrivePolicy)"


RULE = Rule(
    id="SQS.DeadLetterQueue",
    level=Level.WARNING,
    resource_types=("AWS::SQS::Queue",),
    title="The queue has no dead-letter queue",
    why="A message its consumers cannot process comes back again and again until it expires, costing "
    "retries and hiding the failure; a dead-letter queue keeps it aside for inspection.",
    fix="Set dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=...).",
    check=check,
    nag_ids=("AwsSolutions-SQS3", "Serverless-SQSRedrivePolicy"),
    location="Properties/RedrivePolicy",
)
