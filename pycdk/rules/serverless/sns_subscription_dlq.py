"""SNS.SubscriptionDLQ: subscriptions keep the messages they cannot deliver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if props.get("RedrivePolicy") is not None else "The subscription has no dead-letter queue"


RULE = Rule(
    id="SNS.SubscriptionDLQ",
    level=Level.WARNING,
    resource_types=("AWS::SNS::Subscription",),
    title="The subscription has no dead-letter queue",
    why="A message SNS cannot deliver after its retries (endpoint down, permission missing) is lost without a "
    "redrive policy.",
    fix="Set dead_letter_queue=queue on the subscription.",
    check=check,
    nag_ids=("Serverless-SNSRedrivePolicy",),
    location="Properties/RedrivePolicy",
)
