"""Port of aws-cdk's aws-scheduler-targets integ.schedule-with-dlq.ts: a target with a dead-letter queue and role."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_scheduler_targets import SqsSendMessage

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-schedule-dlq")
queue = sqs.Queue(stack, "ScheduleTargetQueue")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
dlq = sqs.Queue(stack, "ScheduleDeadLetterQueue")
target = SqsSendMessage(
    queue, dead_letter_queue=dlq, role=role, input=scheduler.ScheduleTargetInput.from_text("testing dlq")
)
deny_policy = iam.Policy(
    stack,
    "DenySendMessagePolicy",
    statements=[iam.PolicyStatement(actions=["sqs:SendMessage"], effect=iam.Effect.DENY, resources=[queue.queue_arn])],
)
role.attach_inline_policy(deny_policy)
scheduler.Schedule(
    stack,
    "ScheduleToSendMessageToQueue",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    description="test description from the ScheduleToSendMessageToQueue",
    target=target,
)
app.synth()
