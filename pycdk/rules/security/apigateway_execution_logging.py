"""APIGateway.ExecutionLogging: REST API stages log every method's execution to CloudWatch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_intrinsic
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for setting in as_list(props.get("MethodSettings")):
        if (isinstance(setting, dict) and setting.get("HttpMethod") == "*" and setting.get("ResourcePath") == "/*"
                and (setting.get("LoggingLevel") in ("ERROR", "INFO") or is_intrinsic(setting.get("LoggingLevel")))):
            return None
    return "The stage does not log the execution of all methods (LoggingLevel ERROR or INFO for */*)"


RULE = Rule(
    id="APIGateway.ExecutionLogging",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::Stage",),
    title="The stage does not log method execution",
    why="Execution logs show how API Gateway handled a request (authorizer, integration, mapping errors); they "
    "are the way to debug 5xx responses.",
    fix="Set logging_level=apigateway.MethodLoggingLevel.ERROR (or INFO) in the stage options.",
    check=check,
    nag_ids=("AwsSolutions-APIG6",),
    location="Properties/MethodSettings",
)
