"""Port of aws-cdk's aws-scheduler-targets integ.sqs-send-message.ts: a FIFO queue target with a message group."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_scheduler_targets import SqsSendMessage
from aws_cdk.aws_sqs import Queue

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-schedule")
queue = Queue(stack, "MyQueue", fifo=True, content_based_deduplication=True)
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=SqsSendMessage(queue, input=scheduler.ScheduleTargetInput.from_text("test"), message_group_id="id"),
)
app.synth()
