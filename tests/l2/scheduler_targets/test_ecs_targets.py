"""The ECS schedule targets refuse what aws-cdk-lib refuses, with its messages (printed by aws-cdk-lib 2.275.0 for
the same apps) and the schedule's construct path; templates are pinned by the golden apps
``integ_ecs_run_task_fargate``, ``integ_ecs_run_task_ec2`` and ``ecs_targets_features``."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Duration, Stack, ValidationError
from l2 import ec2, ecs, scheduler
from l2.scheduler_targets import EcsRunEc2Task, EcsRunFargateTask, Tag


def _setup() -> tuple[Stack, ecs.Cluster]:
    stack = Stack(App(), "S")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    return stack, ecs.Cluster(stack, "C", vpc=vpc)


def _ec2_td(stack: Stack) -> ecs.Ec2TaskDefinition:
    td = ecs.Ec2TaskDefinition(stack, "Td")
    td.add_container("c", image=ecs.ContainerImage.from_registry("x"), memory_limit_mib=256)
    return td


def _fargate_td(stack: Stack) -> ecs.FargateTaskDefinition:
    td = ecs.FargateTaskDefinition(stack, "Td")
    td.add_container("c", image=ecs.ContainerImage.from_registry("x"))
    return td


CASES: list[tuple[str, Any, str]] = [
    ("Fargate target on an EC2 task definition",
     lambda s, c: EcsRunFargateTask(c, task_definition=_ec2_td(s)),
     "TaskDefinition is not compatible with Fargate launch type."),
    ("public IP in private subnets",
     lambda s, c: EcsRunFargateTask(c, task_definition=_fargate_td(s), assign_public_ip=True),
     "assignPublicIp should be set to true only for public subnets"),
    ("EC2 target on a Fargate task definition",
     lambda s, c: EcsRunEc2Task(c, task_definition=_fargate_td(s)),
     "TaskDefinition is not compatible with EC2 launch type"),
    ("security groups in bridge mode (even an empty list)",
     lambda s, c: EcsRunEc2Task(c, task_definition=_ec2_td(s), security_groups=[]),
     "Security groups and subnets can only be used with awsvpc network mode"),
]


@pytest.mark.parametrize(("make", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_like_aws_cdk_lib(make: Any, message: str) -> None:
    stack, cluster = _setup()
    with pytest.raises(ValidationError) as error:
        scheduler.Schedule(stack, "Sched", schedule=scheduler.ScheduleExpression.rate(Duration.hours(1)),
                           target=make(stack, cluster))
    assert str(error.value).startswith(message)
    assert "S/Sched" in str(error.value)


def test_wrong_types_are_type_errors() -> None:
    stack, cluster = _setup()
    with pytest.raises(TypeError, match="task_definition"):
        EcsRunFargateTask(cluster, task_definition="arn:aws:ecs:task-definition/x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tags"):
        EcsRunEc2Task(cluster, task_definition=_ec2_td(stack), tags=["k=v"])  # type: ignore[list-item]
    assert Tag(key="k", value="v").key == "k"
