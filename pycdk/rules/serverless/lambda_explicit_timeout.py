"""Lambda.ExplicitTimeout: functions choose their timeout."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if props.get("Timeout") is not None else "The function uses the default 3-second timeout"


RULE = Rule(
    id="Lambda.ExplicitTimeout",
    level=Level.WARNING,
    resource_types=("AWS::Lambda::Function",),
    title="The function leaves the timeout at the default",
    why="The 3-second default cuts off slow calls mid-work; a timeout chosen from the function's real duration "
    "fails fast without killing normal requests.",
    fix="Set timeout=Duration.seconds(...).",
    check=check,
    nag_ids=("Serverless-LambdaDefaultTimeout",),
    location="Properties/Timeout",
)
