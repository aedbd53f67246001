"""Schedule expressions (cron/at/expression with time zones), group imports, grants, metrics and schedule imports."""

import datetime

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_scheduler as scheduler


@jsii.implements(scheduler.IScheduleTarget)
class ArnTarget:
    def __init__(self, arn, role, input=None):
        self.arn = arn
        self.role = role
        self.input = input

    def bind(self, _schedule):
        return scheduler.ScheduleTargetConfig(
            arn=self.arn,
            role=self.role,
            input=self.input,
            dead_letter_config=scheduler.CfnSchedule.DeadLetterConfigProperty(arn="arn:aws:sqs:us-east-1:123456789012:dlq"),
        )


app = cdk.App()
stack = cdk.Stack(app, "SchedulerFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
target = ArnTarget(
    "arn:aws:sqs:eu-west-1:123456789012:q",
    role,
    scheduler.ScheduleTargetInput.from_object(
        {
            "arn": scheduler.ContextAttribute.schedule_arn,
            "time": scheduler.ContextAttribute.scheduled_time,
            "id": scheduler.ContextAttribute.execution_id,
            "attempt": scheduler.ContextAttribute.attempt_number,
            "custom": scheduler.ContextAttribute.from_name("custom"),
            "region": stack.region,
            "account": cdk.Aws.ACCOUNT_ID,
        }
    ),
)
group = scheduler.ScheduleGroup(
    stack, "Group", schedule_group_name="features", removal_policy=cdk.RemovalPolicy.DESTROY
)
cron = scheduler.Schedule(
    stack,
    "Cron",
    schedule=scheduler.ScheduleExpression.cron(
        minute="0", hour="6", week_day="MON-FRI", time_zone=cdk.TimeZone.EUROPE_LONDON
    ),
    target=target,
    schedule_name="cron-schedule",
    schedule_group=group,
    time_window=scheduler.TimeWindow.off(),
)
scheduler.Schedule(
    stack,
    "At",
    schedule=scheduler.ScheduleExpression.at(
        datetime.datetime(2061, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC), cdk.TimeZone.ASIA_TOKYO
    ),
    target=target,
    time_window=scheduler.TimeWindow.flexible(cdk.Duration.hours(2)),
)
scheduler.Schedule(
    stack,
    "Literal",
    schedule=scheduler.ScheduleExpression.expression("rate(12 hours)", cdk.TimeZone.AMERICA_NEW_YORK),
    target=ArnTarget("arn:aws:sqs:eu-west-1:123456789012:q", role, scheduler.ScheduleTargetInput.from_text("plain")),
    start=datetime.datetime(2060, 1, 1, tzinfo=datetime.UTC),
)
scheduler.Schedule(
    stack,
    "Daily",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.days(1)),
    target=target,
    enabled=True,
    schedule_group=scheduler.ScheduleGroup.from_default_schedule_group(stack, "Default"),
)

by_name = scheduler.ScheduleGroup.from_schedule_group_name(stack, "ByName", "imported")
by_arn = scheduler.ScheduleGroup.from_schedule_group_arn(
    stack, "ByArn", "arn:aws:scheduler:eu-west-1:123456789012:schedule-group/other"
)
user = iam.User(stack, "User")
group.grant_read_schedules(user)
group.grant_write_schedules(user)
group.grant_delete_schedules(user)
by_name.grant(user, "scheduler:TagResource")
scheduler.ScheduleGroupGrants.from_schedule_group(by_arn).read_schedules(user)

imported = scheduler.Schedule.from_schedule_arn(
    stack, "Imported", "arn:aws:scheduler:eu-west-1:123456789012:schedule/default/mine"
)
cdk.CfnOutput(stack, "ImportedName", value=imported.schedule_name)
cdk.CfnOutput(stack, "CronArn", value=cron.schedule_arn)
cdk.CfnOutput(stack, "CronName", value=cron.schedule_name)
cdk.CfnOutput(stack, "CronRefArn", value=cron.schedule_ref.schedule_arn)
other = cdk.Stack(app, "SchedulerConsumer", env=cdk.Environment(account="210987654321", region="eu-west-1"))
cdk.CfnResource(other, "Handle", type="AWS::CloudFormation::WaitConditionHandle")
cdk.CfnOutput(other, "CrossAccountArn", value=cron.schedule_arn)
cdk.CfnOutput(stack, "GroupArn", value=group.schedule_group_arn)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.schedule_group_name)

metrics = [
    group.metric_attempts(),
    group.metric_throttled(period=cdk.Duration.minutes(1)),
    group.metric_target_errors(),
    group.metric_target_throttled(),
    group.metric_dropped(),
    group.metric_sent_to_dlq(),
    group.metric_failed_to_be_sent_to_dlq(),
    group.metric_failed_to_be_sent_to_dlq("AccessDenied"),
    group.metric_sent_to_dlq_truncated(),
    by_name.metric("Custom", statistic="max"),
    scheduler.Schedule.metric_all_throttled(),
    scheduler.Schedule.metric_all_attempts(),
    scheduler.Schedule.metric_all_target_throttled(),
    scheduler.Schedule.metric_all_dropped(),
    scheduler.Schedule.metric_all_sent_to_dlq(),
    scheduler.Schedule.metric_all_failed_to_be_sent_to_dlq(),
    scheduler.Schedule.metric_all_failed_to_be_sent_to_dlq("Throttled"),
    scheduler.Schedule.metric_all_sent_to_dlq_truncated(),
    scheduler.Schedule.metric_all("Other", label="other"),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)
app.synth()
