"""EC2.VpcFlowLogs: VPCs record flow logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if resource.template.referrers(resource.logical_id, "AWS::EC2::FlowLog") else "The VPC has no flow log"


RULE = Rule(
    id="EC2.VpcFlowLogs",
    level=Level.WARNING,
    resource_types=("AWS::EC2::VPC",),
    title="The VPC records no flow logs",
    why="Flow logs record the traffic accepted and rejected in the VPC: the evidence for investigating a "
    "compromise or debugging connectivity.",
    fix="Add vpc.add_flow_log('FlowLog') (or flow_logs= on the Vpc).",
    check=check,
    nag_ids=("AwsSolutions-VPC7",),
)
