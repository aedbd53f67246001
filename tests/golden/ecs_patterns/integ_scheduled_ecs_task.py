"""aws-cdk integ test ec2/scheduled-ecs-task: two scheduled EC2 tasks with tags (one with a custom container name)."""

import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_events_targets as targets
from aws_cdk.aws_ecs_patterns import ScheduledEc2Task, ScheduledEc2TaskImageOptions

app = cdk.App()


class EventStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=1, restrict_default_security_group=False)
        cluster = ecs.Cluster(self, "EcsCluster", vpc=vpc)
        cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))

        ScheduledEc2Task(
            self,
            "ScheduledEc2Task",
            cluster=cluster,
            scheduled_ec2_task_image_options=ScheduledEc2TaskImageOptions(
                image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                memory_limit_mib=512,
                cpu=1,
                environment={"TRIGGER": "CloudWatch Events"},
            ),
            desired_task_count=2,
            schedule=appscaling.Schedule.rate(cdk.Duration.minutes(1)),
            propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION,
            tags=[targets.Tag(key="my-tag", value="my-tag-value")],
        )

        ScheduledEc2Task(
            self,
            "ScheduledEc2Task2",
            cluster=cluster,
            scheduled_ec2_task_image_options=ScheduledEc2TaskImageOptions(
                image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                container_name="differentName",
                memory_limit_mib=512,
                cpu=1,
                environment={"TRIGGER": "CloudWatch Events"},
            ),
            desired_task_count=2,
            schedule=appscaling.Schedule.rate(cdk.Duration.minutes(1)),
            propagate_tags=ecs.PropagatedTagSource.TASK_DEFINITION,
            tags=[targets.Tag(key="my-tag", value="my-tag-value")],
        )


EventStack(app, "aws-ecs-integ-ecs")

app.synth()
