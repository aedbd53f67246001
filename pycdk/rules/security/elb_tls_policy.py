"""ELB.TLSPolicy: HTTPS and TLS listeners use a policy without TLS 1.0 and 1.1."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule

_OLD = frozenset({"ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-FS-2018-06"})
_OLD_MARKS = ("TLS-1-0", "TLS-1-1", "TLS13-1-0", "TLS13-1-1", "FS-1-1")


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("Protocol") not in ("HTTPS", "TLS"):
        return None
    policy = props.get("SslPolicy")
    if policy is None:
        return "The listener names no TLS policy (the ELB API's default, ELBSecurityPolicy-2016-08, allows TLS 1.0)"
    if isinstance(policy, str) and (policy in _OLD or any(m in policy for m in _OLD_MARKS)):
        return f"The TLS policy {policy} allows TLS 1.0 or 1.1"
    return None


RULE = Rule(
    id="ELB.TLSPolicy",
    level=Level.ERROR,
    resource_types=("AWS::ElasticLoadBalancingV2::Listener",),
    title="The listener allows TLS 1.0 or 1.1",
    why="TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996).",
    fix="Set ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS (or another TLS 1.2+ policy).",
    check=check,
    location="Properties/SslPolicy",
)
