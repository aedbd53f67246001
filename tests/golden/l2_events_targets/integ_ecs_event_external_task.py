"""Port of aws-cdk's integ test ecs/integ.event-external-task.ts: a scheduled rule running a task with the EXTERNAL
launch type (ECS Anywhere, bridge network mode)."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-external")

cluster = ecs.Cluster(stack, "EcsCluster")

task_definition = ecs.TaskDefinition(
    stack, "TaskDef", network_mode=ecs.NetworkMode.BRIDGE, compatibility=ecs.Compatibility.EXTERNAL,
    cpu="256", memory_mib="512",
)
task_definition.add_container("TheContainer", image=ecs.ContainerImage.from_registry("nginx"))

rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))

rule.add_target(targets.EcsTask(cluster=cluster, task_definition=task_definition,
                                launch_type=ecs.LaunchType.EXTERNAL))

app.synth()
