"""Lambda.AsyncFailureDestination: functions invoked asynchronously keep the events they fail on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import refers_to
from .._rule import Level, Resource, Rule
from ..security.lambda_dead_letter_queue import has_failure_destination

ASYNC_SERVICES = frozenset({"sns.amazonaws.com", "s3.amazonaws.com", "events.amazonaws.com",
                            "logs.amazonaws.com", "iot.amazonaws.com", "ses.amazonaws.com"})
"""The services that invoke functions asynchronously."""


def _invoked_async(resource: Resource) -> bool:
    view = resource.template
    for permission in view.referrer_properties(resource.logical_id, "AWS::Lambda::Permission"):
        if str(permission.get("Principal")) in ASYNC_SERVICES and refers_to(permission.get("FunctionName"),
                                                                       resource.logical_id):
            return True
    for rule in view.referrer_properties(resource.logical_id, "AWS::Events::Rule"):
        if refers_to(rule.get("Targets"), resource.logical_id):
            return True
    return False


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if not _invoked_async(resource) or has_failure_destination(resource, props):
        return None
    return "The function is invoked asynchronously and has no dead-letter queue or on-failure destination"


RULE = Rule(
    id="Lambda.AsyncFailureDestination",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The asynchronously invoked function drops failed events",
    why="Events from S3, SNS, EventBridge and other asynchronous sources that still fail after the retries "
    "are discarded unless a dead-letter queue or an on-failure destination keeps them.",
    fix="Set on_failure=destinations.SqsDestination(queue) (or dead_letter_queue_enabled=True).",
    check=check,
    nag_ids=("Serverless-LambdaAsyncFailureDestination",),
)
