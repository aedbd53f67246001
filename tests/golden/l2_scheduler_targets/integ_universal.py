"""Port of aws-cdk's aws-scheduler-targets integ.universal.ts: the universal target calling sqs:CreateQueue."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_scheduler_targets import Universal

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "AwsSchedulerTargetsUniversal")
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=Universal(
        service="sqs",
        action="createQueue",
        input=scheduler.ScheduleTargetInput.from_object({"QueueName": "aws-scheduler-targets-create-queue"}),
    ),
)
app.synth()
