"""Port of aws-cdk's integ.sqs-source-queue-permission.ts: a redrive allow policy naming its source queues."""

from aws_cdk import App, Stack
from aws_cdk.aws_sqs import Queue, RedriveAllowPolicy, RedrivePermission

app = App()
stack = Stack(app, "aws-cdk-sqs")

source_queue1 = Queue(stack, "SourceQueue1")
source_queue2 = Queue(stack, "SourceQueue2")
Queue(
    stack,
    "DeadLetterQueue",
    redrive_allow_policy=RedriveAllowPolicy(
        source_queues=[source_queue1, source_queue2], redrive_permission=RedrivePermission.BY_QUEUE
    ),
)
app.synth()
