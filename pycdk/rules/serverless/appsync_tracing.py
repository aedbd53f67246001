"""AppSync.Tracing: GraphQL APIs send traces to AWS X-Ray."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if is_on(props.get("XrayEnabled")) else "X-Ray tracing is off"


RULE = Rule(
    id="AppSync.Tracing",
    level=Level.WARNING,
    resource_types=("AWS::AppSync::GraphQLApi",),
    title="The GraphQL API does not trace with X-Ray",
    why="Traces show each resolver's time and errors, and the data sources it calls.",
    fix="Set xray_enabled=True on the API.",
    check=check,
    nag_ids=("Serverless-AppSyncTracing",),
    location="Properties/XrayEnabled",
)
