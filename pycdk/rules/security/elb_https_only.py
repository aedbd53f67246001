"""ELB.HTTPSOnly: plain HTTP listeners only redirect to HTTPS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("Protocol") != "HTTP":
        return None
    for action in as_list(props.get("DefaultActions")):
        config = action.get("RedirectConfig") if isinstance(action, dict) else None
        if isinstance(config, dict) and config.get("Protocol") == "HTTPS":
            return None
    return "The HTTP listener serves requests instead of redirecting them to HTTPS"


RULE = Rule(
    id="ELB.HTTPSOnly",
    level=Level.WARNING,
    resource_types=("AWS::ElasticLoadBalancingV2::Listener",),
    title="The listener serves plain HTTP",
    why="Requests over plain HTTP can be read and altered by anyone on the path, cookies and tokens included.",
    fix="Serve on an HTTPS listener and make the HTTP listener redirect (redirect_http=True on the "
    "load-balanced patterns, or ListenerAction.redirect(protocol='HTTPS', port='443')).",
    check=check,
    location="Properties/DefaultActions",
)
