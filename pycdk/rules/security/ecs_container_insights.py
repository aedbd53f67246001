"""ECS.ContainerInsights: ECS clusters collect Container Insights metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, is_intrinsic
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for setting in as_list(props.get("ClusterSettings")):
        if not isinstance(setting, dict) or setting.get("Name") != "containerInsights":
            continue
        value = setting.get("Value")
        if value in ("enabled", "enhanced") or is_intrinsic(value):
            return None
    return "Container Insights is off"


RULE = Rule(
    id="ECS.ContainerInsights",
    level=Level.WARNING,
    resource_types=("AWS::ECS::Cluster",),
    title="The cluster does not collect Container Insights",
    why="Container Insights gives per-task and per-service CPU, memory, network and restart metrics, needed to "
    "notice and diagnose failing or starved tasks.",
    fix="Set container_insights_v2=ecs.ContainerInsights.ENABLED on the cluster.",
    check=check,
    nag_ids=("AwsSolutions-ECS4",),
    location="Properties/ClusterSettings",
)
