"""ELB.AccessLogs: load balancers write access logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_on
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::ElasticLoadBalancing::LoadBalancer":
        policy = props.get("AccessLoggingPolicy")
        return None if isinstance(policy, dict) and is_on(policy.get("Enabled")) else "Access logs are off"
    for attribute in as_list(props.get("LoadBalancerAttributes")):
        if isinstance(attribute, dict) and attribute.get("Key") == "access_logs.s3.enabled" and is_on(
            attribute.get("Value")
        ):
            return None
    return "Access logs are off"


RULE = Rule(
    id="ELB.AccessLogs",
    level=Level.WARNING,
    resource_types=("AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"),
    title="The load balancer writes no access logs",
    why="Access logs record each request (client, target, status, TLS protocol): needed to trace attacks and "
    "errors.",
    fix="Call load_balancer.log_access_logs(bucket).",
    check=check,
    nag_ids=("AwsSolutions-ELB2",),
)
