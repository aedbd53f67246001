"""APIGateway.AccessLogs: API stages write access logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    key = "AccessLogSetting" if resource.type == "AWS::ApiGateway::Stage" else "AccessLogSettings"
    setting = props.get(key)
    if isinstance(setting, dict) and setting.get("DestinationArn"):
        return None
    return "The stage writes no access logs"


RULE = Rule(
    id="APIGateway.AccessLogs",
    level=Level.ERROR,
    resource_types=("AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"),
    title="The API stage writes no access logs",
    why="Access logs record each request (caller, route, status, latency): without them abuse and errors "
    "cannot be traced.",
    fix="Set access_log_destination (and access_log_format) in the stage options (deploy_options for a RestApi).",
    check=check,
    nag_ids=("AwsSolutions-APIG1", "Serverless-APIGWAccessLogging"),
)
