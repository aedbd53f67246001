"""Bad ECS input fails where it is written, naming the construct path and the argument (messages as aws-cdk-lib's)."""

from __future__ import annotations

import pytest

from constructs import App, Stack, ValidationError
from l2 import ecs


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def test_fails_for_a_fargate_task_outside_awsvpc(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"Fargate tasks can only have AwsVpc network mode, got: bridge(.|\n)*S/T"):
        ecs.TaskDefinition(stack, "T", compatibility=ecs.Compatibility.FARGATE, cpu="256", memory_mib="512",
                           network_mode=ecs.NetworkMode.BRIDGE)


def test_fails_when_the_memory_limit_is_below_the_reservation(stack: Stack) -> None:
    task = ecs.Ec2TaskDefinition(stack, "T")
    with pytest.raises(ValidationError, match=r"MemoryLimitMiB should not be less than MemoryReservationMiB(.|\n)*S/T/c"):
        task.add_container("c", image=ecs.ContainerImage.from_registry("x"), memory_limit_mib=64,
                           memory_reservation_mib=128)


def test_fails_when_both_container_insights_settings_are_given(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"both containerInsights and containerInsightsV2(.|\n)*S/C"):
        ecs.Cluster(stack, "C", container_insights=True, container_insights_v2=ecs.ContainerInsights.ENABLED)


def test_fails_for_an_ec2_container_without_memory_at_synthesis(stack: Stack) -> None:
    task = ecs.Ec2TaskDefinition(stack, "T")
    task.add_container("c", image=ecs.ContainerImage.from_registry("x"))
    with pytest.raises(Exception, match="ECS Container c must have at least one of 'memoryLimitMiB'"):
        stack.node.root.synth()


def test_a_wrong_argument_type_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(TypeError, match="cpu"):
        ecs.FargateTaskDefinition(stack, "T", cpu="256")  # type: ignore[arg-type]


def test_fails_for_a_port_range_with_a_host_port() -> None:
    with pytest.raises(ValidationError, match='Cannot set "hostPort" while using a port range'):
        ecs.PortMap(ecs.NetworkMode.BRIDGE, container_port=0, container_port_range="80-81", host_port=80).validate()
