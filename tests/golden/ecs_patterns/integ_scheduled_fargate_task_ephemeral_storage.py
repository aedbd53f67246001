"""aws-cdk integ test fargate/scheduled-fargate-task-ephemeral-storage: 50 GiB of ephemeral storage, tags.

The image's build context (aws-cdk's ``demo-image``) is replaced by one this app writes (same hash on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_events_targets as targets
from aws_cdk.aws_ecs_patterns import ScheduledFargateTask, ScheduledFargateTaskImageOptions

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n")
with open(os.path.join(context, "index.py"), "w", newline="") as f:
    f.write("print('hello from a scheduled task')\n")

app = cdk.App()


class EventStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=1, restrict_default_security_group=False)
        cluster = ecs.Cluster(self, "FargateCluster", vpc=vpc)
        ScheduledFargateTask(
            self,
            "ScheduledFargateTaskWithCustomEphemeralStorage",
            cluster=cluster,
            scheduled_fargate_task_image_options=ScheduledFargateTaskImageOptions(
                image=ecs.AssetImage(context),
                memory_limit_mib=512,
                cpu=256,
                ephemeral_storage_gib=50,
                environment={"TRIGGER": "CloudWatch Events"},
            ),
            desired_task_count=2,
            schedule=appscaling.Schedule.rate(cdk.Duration.minutes(2)),
            propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION,
            tags=[targets.Tag(key="my-tag", value="my-tag-value")],
        )


EventStack(app, "aws-fargate-integ-scheduled-ephemeral-storage")

app.synth()
