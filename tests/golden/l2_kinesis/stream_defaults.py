"""Default streams share one stack-level condition that skips encryption in China regions."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "StreamDefaults")
kinesis.Stream(stack, "Stream")
kinesis.Stream(stack, "Second", shard_count=3, retention_period=cdk.Duration.hours(48))
app.synth()
