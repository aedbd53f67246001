"""APIGateway.Throttling: API stages set their own throttling limits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule


def _throttled(settings: Any) -> bool:
    return isinstance(settings, dict) and (settings.get("ThrottlingRateLimit") is not None
                                           or settings.get("ThrottlingBurstLimit") is not None)


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::ApiGatewayV2::Stage":
        if _throttled(props.get("DefaultRouteSettings")):
            return None
    elif any(_throttled(s) for s in as_list(props.get("MethodSettings"))):
        return None
    return "The stage uses the account's default throttling"


RULE = Rule(
    id="APIGateway.Throttling",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"),
    title="The stage has no throttling limits of its own",
    why="Without stage limits one API can use the whole account's request quota (10,000 requests a second by "
    "default) and pass floods on to the functions and databases behind it.",
    fix="Set throttling_rate_limit and throttling_burst_limit in the stage options (throttle= on HTTP API stages).",
    check=check,
    nag_ids=("Serverless-APIGWDefaultThrottling",),
)
