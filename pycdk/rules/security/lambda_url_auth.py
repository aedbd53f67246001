"""Lambda.UrlAuth: function URLs require IAM authentication."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return "The function URL has no authentication (AuthType NONE)" if props.get("AuthType") == "NONE" else None


RULE = Rule(
    id="Lambda.UrlAuth",
    level=Level.ERROR,
    resource_types=("AWS::Lambda::Url",),
    title="The function URL is public",
    why="A URL with AuthType NONE lets anyone on the internet invoke the function.",
    fix="Use auth_type=lambda_.FunctionUrlAuthType.AWS_IAM (and grant_invoke_url to callers), or put the function "
    "behind an API with authorization; suppress with the reason if the function authenticates requests itself.",
    check=check,
    location="Properties/AuthType",
)
