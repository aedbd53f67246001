"""Port of aws-cdk's aws-scheduler integ.schedule.ts: schedules with a custom target, groups, KMS key, time frames."""

import datetime

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sqs as sqs


@jsii.implements(scheduler.IScheduleTarget)
class SomeSqsTarget:
    def __init__(self, queue, role, input=None):
        self.queue = queue
        self.role = role
        self.input = input

    def bind(self, _schedule):
        return scheduler.ScheduleTargetConfig(
            arn=self.queue.queue_arn,
            role=self.role,
            input=self.input,
            retry_policy=scheduler.CfnSchedule.RetryPolicyProperty(
                maximum_event_age_in_seconds=180, maximum_retry_attempts=3
            ),
        )


def at(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-scheduler-schedule")
queue = sqs.Queue(stack, "ScheduleTargetQueue")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
queue.grant_send_messages(role)

scheduler.Schedule(
    stack,
    "ScheduleToSendMessageToQueue",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    description="test description from the ScheduleToSendMessageToQueue",
    target=SomeSqsTarget(queue, role, scheduler.ScheduleTargetInput.from_text(f"valueA-{stack.region}")),
)
key = kms.Key(stack, "ScheduleKey")
scheduler.Schedule(
    stack,
    "ScheduleWithCMK",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=SomeSqsTarget(queue, role, scheduler.ScheduleTargetInput.from_text(f"valueB-{stack.region}")),
    key=key,
)

named_group = scheduler.ScheduleGroup(stack, "NamedGroup", schedule_group_name="TestGroup")
named_group.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
unnamed_group = scheduler.ScheduleGroup(stack, "UnnamedGroup")
unnamed_group.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

random_target = SomeSqsTarget(queue, role)
scheduler.Schedule(
    stack,
    "ScheduleToTestWithNamedGroup",
    schedule=scheduler.ScheduleExpression.at(at("2060-04-15T06:30:00.000Z")),
    target=random_target,
    schedule_group=named_group,
)
scheduler.Schedule(
    stack,
    "ScheduleToTestWithUnnamedGroup",
    schedule=scheduler.ScheduleExpression.at(at("2060-04-15T06:30:00.000Z")),
    target=random_target,
    schedule_group=unnamed_group,
)
scheduler.Schedule(
    stack,
    "TestDisabledSchedule",
    schedule=scheduler.ScheduleExpression.at(at("2060-04-15T06:30:00.000Z")),
    target=random_target,
    enabled=False,
)
scheduler.Schedule(
    stack,
    "UseFlexibleTimeWindow",
    schedule=scheduler.ScheduleExpression.at(at("2060-04-15T06:30:00.000Z")),
    target=random_target,
    time_window=scheduler.TimeWindow.flexible(cdk.Duration.minutes(10)),
)
scheduler.Schedule(
    stack,
    "ScheduleWithTimeFrame",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=random_target,
    start=at("2060-04-15T06:30:00.000Z"),
    end=at("2060-10-01T00:00:00.000Z"),
)
cloudwatch.Alarm(
    stack, "AllSchedulerErrorsAlarm", metric=scheduler.Schedule.metric_all_errors(), threshold=1, evaluation_periods=1
)
app.synth()
