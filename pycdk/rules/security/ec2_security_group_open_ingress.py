"""EC2.SecurityGroupOpenIngress: security groups do not open ports to the whole internet (except 80 and 443)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list
from .._rule import Level, Resource, Rule

_WEB_PORTS = (80, 443)


def _open(rule: Mapping[str, Any]) -> str | None:
    if rule.get("CidrIp") != "0.0.0.0/0" and rule.get("CidrIpv6") != "::/0":
        return None
    low, high = rule.get("FromPort"), rule.get("ToPort")
    if str(rule.get("IpProtocol")) == "tcp" and low == high and low in _WEB_PORTS:
        return None
    protocol = rule.get("IpProtocol")
    if protocol in ("-1", -1):
        return "Port::all"
    return f"Port::{protocol}/{low}" if low == high else f"Port::{protocol}/{low}:{high}"


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    rules = as_list(props.get("SecurityGroupIngress")) if resource.type == "AWS::EC2::SecurityGroup" else [props]
    found = [p for p in (_open(r) for r in rules if isinstance(r, dict)) if p]
    return found or None


RULE = Rule(
    id="EC2.SecurityGroupOpenIngress",
    level=Level.ERROR,
    resource_types=("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"),
    title="The security group allows ingress from anywhere",
    why="0.0.0.0/0 or ::/0 lets the whole internet reach the port (SSH, databases, admin consoles are scanned "
    "constantly); only web ports 80 and 443 are expected to be open.",
    fix="Allow the peers that need it (another security group, a prefix list, a CIDR you own).",
    check=check,
    nag_ids=("AwsSolutions-EC23",),
)
