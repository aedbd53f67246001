"""Port of aws-cdk's integ.stream-consumer: a stream consumer and a read grant on it."""

import aws_cdk as cdk
from aws_cdk.aws_iam import AccountRootPrincipal, Role
from aws_cdk.aws_kinesis import Stream, StreamConsumer

app = cdk.App()
stack = cdk.Stack(app, "kinesis-stream-consumer")

stream = Stream(stack, "Stream")

stream_consumer = StreamConsumer(stack, "StreamConsumer", stream_consumer_name="stream-consumer", stream=stream)

role = Role(stack, "Role", assumed_by=AccountRootPrincipal())

stream_consumer.grant_read(role)

app.synth()
