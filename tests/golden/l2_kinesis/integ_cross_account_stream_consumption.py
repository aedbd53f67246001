"""Port of aws-cdk's integ.cross-account-stream-consumption: stream and consumer grants to a role of the same
account and to a role of another account (through the stream's and the consumer's resource policies)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk.aws_kinesis import Stream, StreamConsumer

account = "123456789012"
cross_account = "234567890123"
region = None

app = cdk.App()

stack = cdk.Stack(app, "StreamResourcesStack", env=cdk.Environment(account=account, region=region))
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
stream = Stream(stack, "Stream", stream_name="test-stream")
stream_consumer = StreamConsumer(stack, "StreamConsumer", stream_consumer_name="test-stream-consumer", stream=stream)

stream.grant_read_write(role)
stream_consumer.grant_read(role)

cross_account_stack = cdk.Stack(app, "CrossAccountStack", env=cdk.Environment(account=cross_account, region=region))
cross_account_role = iam.Role(
    cross_account_stack,
    "CrossAccountRole",
    role_name="stream-cross-account-consumer-role",
    assumed_by=iam.AccountRootPrincipal(),
)

stream.grant_read_write(cross_account_role)
stream_consumer.grant_read(cross_account_role)

stack.add_dependency(cross_account_stack)

app.synth()
