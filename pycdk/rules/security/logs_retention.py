"""Logs.Retention: log groups expire their events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("RetentionInDays") is not None or props.get("LogGroupClass") == "DELIVERY":
        return None  # the DELIVERY class has a fixed retention CloudWatch Logs sets
    return "The log group keeps its events forever"


RULE = Rule(
    id="Logs.Retention",
    level=Level.WARNING,
    resource_types=("AWS::Logs::LogGroup",),
    title="The log group has no retention period",
    why="Without a retention period log events are kept (and paid for) forever, and data that should be "
    "deleted after a while is not.",
    fix="Set retention=logs.RetentionDays.<period>.",
    check=check,
    nag_ids=("Serverless-CloudWatchLogGroupRetentionPeriod",),
    location="Properties/RetentionInDays",
)
