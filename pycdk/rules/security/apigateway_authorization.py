"""APIGateway.Authorization: API methods and routes require authorization."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::ApiGateway::Method":
        method = props.get("HttpMethod")
        if method == "OPTIONS" or props.get("AuthorizationType", "NONE") != "NONE":
            return None
        return f"The {method} method has no authorization (AuthorizationType NONE)"
    route = props.get("RouteKey")
    if isinstance(route, str) and route.startswith("OPTIONS "):
        return None
    if props.get("AuthorizationType", "NONE") != "NONE":
        return None
    return f"The route {route} has no authorization"


RULE = Rule(
    id="APIGateway.Authorization",
    level=Level.ERROR,
    resource_types=("AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"),
    title="The API method has no authorization",
    why="Without an authorizer (IAM, Cognito, Lambda or JWT) anyone who finds the URL can call the method.",
    fix="Give the method or route an authorizer (authorizer=..., authorization_type=...), or the API a default "
    "one; suppress with the reason for a method that is public on purpose.",
    check=check,
    nag_ids=("AwsSolutions-APIG4",),
    location="Properties/AuthorizationType",
)
