"""@aws-cdk/core:newStyleStackSynthesis set to True: with it, stacks default to DefaultStackSynthesizer (bootstrap
version parameter and rule, asset manifests); without it, to LegacyStackSynthesizer."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:newStyleStackSynthesis": True})
producer = cdk.Stack(app, "Producer")
queue = sqs.Queue(producer, "Queue")
consumer = cdk.Stack(app, "Consumer")
sqs.Queue(consumer, "WithDlq", dead_letter_queue=sqs.DeadLetterQueue(queue=queue, max_receive_count=1))
app.synth()
