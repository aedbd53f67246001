"""EC2.SubnetNoAutoPublicIp: subnets do not give instances public addresses automatically."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_true
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return "The subnet assigns public IPs on launch" if is_true(props.get("MapPublicIpOnLaunch")) else None


RULE = Rule(
    id="EC2.SubnetNoAutoPublicIp",
    level=Level.WARNING,
    resource_types=("AWS::EC2::Subnet",),
    title="The subnet assigns public IP addresses on launch",
    why="Every instance launched into the subnet becomes reachable from the internet unless told otherwise.",
    fix="Set map_public_ip_on_launch=False on public subnets (ec2.SubnetConfiguration) and give public addresses "
    "only to what needs them.",
    check=check,
    location="Properties/MapPublicIpOnLaunch",
)
