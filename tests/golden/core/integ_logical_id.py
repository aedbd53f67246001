"""Port of aws-cdk's core integ test integ.logical-id.ts (IntegTest dropped): alphanumeric logical ids."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()

stack = cdk.Stack(app)

sqs.Queue(stack, "01234test", visibility_timeout=cdk.Duration.seconds(300))
sqs.Queue(stack, "test01234", visibility_timeout=cdk.Duration.seconds(300))

app.synth()
