"""APIGateway.WAF: REST API stages are protected by an AWS WAF web ACL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    view = resource.template
    for kind in ("AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation"):
        if view.referrers(resource.logical_id, kind):
            return None
    return "No web ACL is associated with the stage"


RULE = Rule(
    id="APIGateway.WAF",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::Stage",),
    title="The REST API stage has no AWS WAF web ACL",
    why="A web ACL filters common attacks (injection, bad bots, floods from one address) before they reach "
    "the API's integrations.",
    fix="Associate a wafv2.CfnWebACL with the stage (wafv2.CfnWebACLAssociation with the stage's ARN).",
    check=check,
    nag_ids=("AwsSolutions-APIG3",),
)
