"""Port of aws-cdk's integ.stream: a stream and a read/write grant to a role. Adapted: ``maxRecordSize`` is newer
than 2.275 and is dropped."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk.aws_kinesis import Stream

app = cdk.App()
stack = cdk.Stack(app, "integ-kinesis-stream")

role = iam.Role(stack, "UserRole", assumed_by=iam.AccountRootPrincipal())

stream = Stream(stack, "myStream")

stream.grant_read_write(role)

app.synth()
