"""Port of aws-cdk integ.durable-config.ts (the function without a CMK: DurableConfig has no kms_key in 2.275)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-durable-config")
lambda_.Function(stack, "DurableFunction", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                 code=lambda_.Code.from_inline(
                     'exports.handler = async () => ({ statusCode: 200, body: "Hello World" });'),
                 durable_config=lambda_.DurableConfig(execution_timeout=cdk.Duration.hours(1),
                                                      retention_period=cdk.Duration.days(30)))
app.synth()
