"""@aws-cdk/core:stackRelativeExports set to True: export names in a stack inside a stage
and of cross-stack references (with it, relative to the stack; without it, every scope below the app's
children)."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:stackRelativeExports": True})
stage = cdk.Stage(app, "Prod")
producer = cdk.Stack(stage, "Producer")
queue = sqs.Queue(producer, "Queue")
consumer = cdk.Stack(stage, "Consumer")
sqs.Queue(consumer, "WithDlq", dead_letter_queue=sqs.DeadLetterQueue(queue=queue, max_receive_count=1))
producer.export_value(queue.queue_url, name="QueueUrlExport")
app.synth()
