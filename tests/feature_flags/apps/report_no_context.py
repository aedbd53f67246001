"""No context: the report lists every live flag with its recommended value and explanation only."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "NoContext")
sqs.Queue(stack, "Queue")
app.synth()
