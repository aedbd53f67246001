"""Helpers the ecs_patterns constructs share: the default cluster, the log driver, feature flags, validation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, FeatureFlags, Stack, Token, ValidationError

if TYPE_CHECKING:
    from l2.ec2 import IVpc
    from l2.ecs import AwsLogDriver, ICluster

DEFAULT_CLUSTER_ID = "EcsDefaultClusterMnL3mNNYN"
"""The id of the cluster the patterns create (in the stack, shared by the patterns given the same VPC)."""

REMOVE_DEFAULT_DESIRED_COUNT = "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount"
SEC_GROUPS_DISABLES_IMPLICIT_OPEN_LISTENER = "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener"
UNIQUE_TARGET_GROUP_ID = "@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId"

_SKIP = frozenset(("self", "scope", "id", "__class__"))


def arguments(local_vars: Mapping[str, Any]) -> dict[str, Any]:
    """A constructor's keyword arguments, from its ``locals()`` (taken first thing in the constructor)."""
    return {k: v for k, v in local_vars.items() if k not in _SKIP}


def pick(args: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The arguments named ``names`` (those a base class takes)."""
    return {name: args[name] for name in names}


def default_cluster(scope: Construct, vpc: IVpc | None) -> ICluster:
    """The stack's pattern cluster for ``vpc`` (created on first use), as aws-cdk-lib's patterns share it."""
    from l2.ecs import Cluster

    cluster_id = f"{DEFAULT_CLUSTER_ID}{vpc.node.id if vpc is not None else ''}"
    stack = Stack.of(scope)
    existing = stack.node.try_find_child(cluster_id)
    if existing is not None:
        return existing  # type: ignore[return-value]
    return Cluster(stack, cluster_id, vpc=vpc)


def aws_log_driver(prefix: str) -> AwsLogDriver:
    """An ``AwsLogDriver`` with ``prefix`` as stream prefix."""
    from l2.ecs import AwsLogDriver

    return AwsLogDriver(stream_prefix=prefix)


def flag(scope: Construct, name: str) -> bool:
    """Whether the feature flag ``name`` is on at ``scope``."""
    return FeatureFlags.of(scope).is_enabled(name)


def check_cluster_or_vpc(scope: Construct, cluster: object, vpc: object) -> None:
    """``cluster`` and ``vpc`` are exclusive."""
    if cluster is not None and vpc is not None:
        raise ValidationError(
            "You can only specify either vpc or cluster. Alternatively, you can leave both blank", scope
        )


def check_healthy_percentage(scope: Construct, name: str, value: float | None) -> None:
    """A healthy percentage is a non-negative integer (tokens pass)."""
    if value is None or Token.is_unresolved(value):
        return
    if not float(value).is_integer() or value < 0:
        raise ValidationError(f"{name}: Must be a non-negative integer; received {_js(value)}", scope)


def check_container_cpu(scope: Construct, cpu: Any, container_cpu: float | None) -> None:
    """The container's CPU fits the task's and is a non-negative integer."""
    if container_cpu is None or Token.is_unresolved(container_cpu) or Token.is_unresolved(cpu):
        return
    if container_cpu > float(cpu):
        raise ValidationError(
            f"containerCpu must be less than to cpu; received containerCpu: {_js(container_cpu)}, cpu: {_js(cpu)}",
            scope,
        )
    if container_cpu < 0 or not float(container_cpu).is_integer():
        raise ValidationError(f"containerCpu must be a non-negative integer; received {_js(container_cpu)}", scope)


def check_container_memory(scope: Construct, memory: Any, container_memory: float | None) -> None:
    """The container's memory limit fits the task's and is a positive integer."""
    if container_memory is None or Token.is_unresolved(container_memory) or Token.is_unresolved(memory):
        return
    if container_memory > float(memory):
        raise ValidationError(
            "containerMemoryLimitMiB must be less than to memoryLimitMiB; received containerMemoryLimitMiB: "
            f"{_js(container_memory)}, memoryLimitMiB: {_js(memory)}",
            scope,
        )
    if container_memory <= 0 or not float(container_memory).is_integer():
        raise ValidationError(
            f"containerMemoryLimitMiB must be a positive integer; received {_js(container_memory)}", scope
        )


def check_idle_timeout(scope: Construct, seconds: float) -> None:
    """A load balancer idle timeout is 1 to 4000 seconds."""
    if seconds > 4000 or seconds < 1:
        raise ValidationError("Load balancer idle timeout must be between 1 and 4000 seconds.", scope)


def _js(value: Any) -> str:
    """A number as JavaScript prints it (``512``, not ``512.0``)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
