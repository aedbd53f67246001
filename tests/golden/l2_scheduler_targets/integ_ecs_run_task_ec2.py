"""Port of aws-cdk's integ.ecs-run-task-ec2.ts: a schedule running an EC2 task on an Auto Scaling group capacity
provider, with tags (IntegTest and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_ecs import (
    AsgCapacityProvider,
    CapacityProviderStrategy,
    Cluster,
    ContainerImage,
    Ec2TaskDefinition,
    EcsOptimizedImage,
)
from aws_cdk.aws_scheduler_targets import EcsRunEc2Task, Tag

app = cdk.App(
    context={"@aws-cdk/core:disableGitSource": True},
    post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False},
)
stack = cdk.Stack(app, "aws-cdk-ecs-run-task-ec2-schedule")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1)

cluster = Cluster(stack, "Ec2Cluster", vpc=vpc)
auto_scaling_group = autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=EcsOptimizedImage.amazon_linux2(),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), associate_public_ip_address=True,
)

cp = AsgCapacityProvider(
    stack, "EC2CapacityProvider", auto_scaling_group=auto_scaling_group, enable_managed_termination_protection=False,
)

cluster.add_asg_capacity_provider(cp)

task_definition = Ec2TaskDefinition(stack, "Ec2TaskDefinition")
task_definition.add_container(
    "ScheduledContainer", image=ContainerImage.from_registry("amazon/amazon-ecs-sample"), memory_limit_mib=256,
)

ecs_run_task_target = EcsRunEc2Task(
    cluster, task_definition=task_definition,
    tags=[Tag(key="integ-test-tag-key", value="integ-test-tag-value")],
    propagate_tags=True,
    capacity_provider_strategies=[
        CapacityProviderStrategy(capacity_provider=cp.capacity_provider_name, weight=1, base=1),
    ],
)

scheduler.Schedule(
    stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(30)),
    target=ecs_run_task_target,
)

app.synth()
