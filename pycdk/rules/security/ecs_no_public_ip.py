"""ECS.NoPublicIp: ECS services do not give tasks public addresses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    network = props.get("NetworkConfiguration")
    config = network.get("AwsvpcConfiguration") if isinstance(network, dict) else None
    if isinstance(config, dict) and config.get("AssignPublicIp") == "ENABLED":
        return "Tasks get public IP addresses (AssignPublicIp ENABLED)"
    return None


RULE = Rule(
    id="ECS.NoPublicIp",
    level=Level.ERROR,
    resource_types=("AWS::ECS::Service", "AWS::ECS::TaskSet"),
    title="The service's tasks get public IP addresses",
    why="Tasks with public addresses are reachable from the internet, bypassing the load balancer in front of "
    "them.",
    fix="Set assign_public_ip=False and run the tasks in private subnets with a NAT gateway or VPC endpoints.",
    check=check,
)
