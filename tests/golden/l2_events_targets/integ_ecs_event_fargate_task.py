"""Port of aws-cdk's integ test ecs/integ.event-fargate-task.ts: a scheduled rule running a Fargate task (container
overrides, dead-letter queue, propagated and given tags).

The image's build context (aws-cdk's ``eventhandler-image``) is replaced by one this app writes (same hash on both
sides).
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
    f.write("FROM public.ecr.aws/docker/library/python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("import os\nprint(os.environ.get('I_WAS_TRIGGERED'))\n")

app = cdk.App()

stack = cdk.Stack(app, "aws-ecs-integ-fargate")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, restrict_default_security_group=False)

cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)

dead_letter_queue = sqs.Queue(stack, "MyDeadLetterQueue")

task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container(
    "TheContainer", image=ecs.ContainerImage.from_asset(context),
    logging=ecs.AwsLogDriver(stream_prefix="EventDemo"),
)

rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))

rule.add_target(targets.EcsTask(
    cluster=cluster, task_definition=task_definition, task_count=1,
    container_overrides=[targets.ContainerOverride(
        container_name="TheContainer",
        environment=[targets.TaskEnvironmentVariable(name="I_WAS_TRIGGERED", value="From CloudWatch Events")],
    )],
    dead_letter_queue=dead_letter_queue, propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION,
    tags=[targets.Tag(key="my-tag", value="my-tag-value")],
))

app.synth()
