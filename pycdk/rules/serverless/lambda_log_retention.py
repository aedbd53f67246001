"""Lambda.LogRetention: each function's log group has a retention period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import ref_target
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    view = resource.template
    logging = props.get("LoggingConfig")
    group = ref_target(logging.get("LogGroup")) if isinstance(logging, dict) else None
    if group is not None:
        if view.properties(group).get("RetentionInDays") is not None:
            return None
        return "The function's log group keeps its events forever"
    for kind in ("AWS::Logs::LogGroup", "Custom::LogRetention"):
        for other in view.referrer_properties(resource.logical_id, kind):
            if other.get("RetentionInDays") is not None:
                return None
    return "The function's log group (created by Lambda) keeps its events forever"


RULE = Rule(
    id="Lambda.LogRetention",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function's logs are kept forever",
    why="The log group Lambda creates on first invocation never expires its events, so its storage cost only "
    "grows.",
    fix="Give the function a log group with a retention (log_group=logs.LogGroup(..., retention=...)).",
    check=check,
    nag_ids=("Serverless-CloudWatchLogGroupRetentionPeriod",),
)
