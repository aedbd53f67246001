"""Port of aws-cdk's integ.ecs-run-task-fargate.ts: a schedule running a Fargate task with propagated and given
tags, ECS Exec and no security groups (IntegTest and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_ecs import Cluster, ContainerImage, FargateTaskDefinition
from aws_cdk.aws_scheduler_targets import EcsRunFargateTask, Tag

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ecs-run-task-fargate-schedule")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, restrict_default_security_group=False)
cluster = Cluster(stack, "FargateCluster", vpc=vpc, enable_fargate_capacity_providers=True)

task_definition = FargateTaskDefinition(stack, "FargateTaskDefinition", cpu=256, memory_limit_mib=512)
task_definition.add_container("ScheduledContainer", image=ContainerImage.from_registry("amazon/amazon-ecs-sample"))

ecs_run_task_target = EcsRunFargateTask(
    cluster, task_definition=task_definition, propagate_tags=True,
    tags=[Tag(key="integ-test-tag-key", value="integ-test-tag-value")],
    enable_ecs_managed_tags=False, enable_execute_command=True, security_groups=[],
)

scheduler.Schedule(
    stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(30)),
    target=ecs_run_task_target,
)

app.synth()
