"""APIGateway.TLSPolicy: custom domain names do not accept TLS 1.0."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    policies = [props.get("SecurityPolicy")] + [
        c.get("SecurityPolicy") for c in as_list(props.get("DomainNameConfigurations")) if isinstance(c, dict)
    ]
    return "The domain name accepts TLS 1.0 (SecurityPolicy TLS_1_0)" if "TLS_1_0" in policies else None


RULE = Rule(
    id="APIGateway.TLSPolicy",
    level=Level.ERROR,
    resource_types=("AWS::ApiGateway::DomainName", "AWS::ApiGatewayV2::DomainName"),
    title="The API domain name accepts TLS 1.0",
    why="TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).",
    fix="Use security_policy=apigateway.SecurityPolicy.TLS_1_2.",
    check=check,
    location="Properties/SecurityPolicy",
)
