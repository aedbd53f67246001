"""A dead-letter queue (RedrivePolicy keeps camelCase keys) and redrive allow policies."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueDeadLetter")
dlq = sqs.Queue(stack, "DLQ")
sqs.Queue(stack, "Queue", dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5))
source = sqs.Queue(stack, "Source")
sqs.Queue(stack, "ByQueue", redrive_allow_policy=sqs.RedriveAllowPolicy(source_queues=[source]))
sqs.Queue(stack, "DenyAll", redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))
sqs.Queue(stack, "AllowAll", redrive_allow_policy=sqs.RedriveAllowPolicy())
app.synth()
