"""APIGateway.StructuredLogs: API access logs are JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    setting = props.get("AccessLogSetting" if resource.type == "AWS::ApiGateway::Stage" else "AccessLogSettings")
    if not isinstance(setting, dict) or not setting.get("DestinationArn"):
        return None  # no access logs: APIGateway.AccessLogs reports it
    text = setting.get("Format")
    if isinstance(text, str) and text.lstrip().startswith("{"):
        return None
    return "The access log format is not JSON"


RULE = Rule(
    id="APIGateway.StructuredLogs",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"),
    title="The stage's access logs are not JSON",
    why="JSON log lines can be queried field by field (CloudWatch Logs Insights), instead of parsed by pattern.",
    fix="Use access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(...) (or a custom JSON format).",
    check=check,
    nag_ids=("Serverless-APIGWStructuredLogging",),
)
