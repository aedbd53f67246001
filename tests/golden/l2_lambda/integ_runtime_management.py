"""Port of aws-cdk integ.runtime-management.ts: RuntimeManagementMode.AUTO."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-runtime-management")
lambda_.Function(stack, "Lambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_18_X, runtime_management_mode=lambda_.RuntimeManagementMode.AUTO)
app.synth()
