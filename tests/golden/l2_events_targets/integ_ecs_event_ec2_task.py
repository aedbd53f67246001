"""Port of aws-cdk's integ test ecs/integ.event-ec2-task.ts: a scheduled rule running an EC2 task (container
overrides, cpu/memory overrides, dead-letter queue, propagated and given tags) on a cluster with EC2 capacity.

The image's build context (aws-cdk's ``image-simple``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/docker/library/alpine:3\nCMD [\"echo\", \"hello\"]\n")

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})

stack = cdk.Stack(app, "aws-ecs-integ-ecs")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, restrict_default_security_group=False)

cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))

dead_letter_queue = sqs.Queue(stack, "MyDeadLetterQueue")

task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container(
    "TheContainer", image=ecs.ContainerImage.from_asset(context), memory_limit_mib=256,
    logging=ecs.AwsLogDriver(stream_prefix="EventDemo"),
)

rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))

rule.add_target(targets.EcsTask(
    cluster=cluster, task_definition=task_definition, task_count=1, cpu="512", memory="512",
    container_overrides=[targets.ContainerOverride(
        container_name="TheContainer",
        environment=[targets.TaskEnvironmentVariable(name="I_WAS_TRIGGERED", value="From CloudWatch Events")],
    )],
    dead_letter_queue=dead_letter_queue, propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION,
    tags=[targets.Tag(key="my_tag", value="my_tag_value")],
))

app.synth()
