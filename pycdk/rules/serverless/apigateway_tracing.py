"""APIGateway.Tracing: REST API stages send traces to AWS X-Ray."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if is_on(props.get("TracingEnabled")) else "X-Ray tracing is off"


RULE = Rule(
    id="APIGateway.Tracing",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::Stage",),
    title="The stage does not trace with X-Ray",
    why="Tracing at the API follows each request into its integrations, showing latency and errors end to end.",
    fix="Set tracing_enabled=True in the stage options.",
    check=check,
    nag_ids=("Serverless-APIGWXrayEnabled",),
    location="Properties/TracingEnabled",
)
