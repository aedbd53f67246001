"""EC2.NoPublicIp: instances get no public IP address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_true
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::AutoScaling::LaunchConfiguration":
        public = is_true(props.get("AssociatePublicIpAddress"))
    else:
        source = props
        if resource.type == "AWS::EC2::LaunchTemplate":
            data = props.get("LaunchTemplateData")
            source = data if isinstance(data, dict) else {}
        public = any(isinstance(n, dict) and is_true(n.get("AssociatePublicIpAddress"))
                     for n in as_list(source.get("NetworkInterfaces")))
    return "A public IP address is associated" if public else None


RULE = Rule(
    id="EC2.NoPublicIp",
    level=Level.ERROR,
    resource_types=("AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"),
    title="The instance gets a public IP address",
    why="A public address exposes the instance to the internet, where one open port or security group mistake "
    "is enough for an attack.",
    fix="Launch into private subnets (vpc_subnets=ec2.SubnetSelection(subnet_type=PRIVATE_WITH_EGRESS)) and put a "
    "load balancer or Session Manager in front.",
    check=check,
)
