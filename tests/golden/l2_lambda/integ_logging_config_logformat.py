"""Port of aws-cdk integ.logging-config-logformat.ts: the string log_format with log groups and levels."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-logging-config-logformat")
log_group = logs.LogGroup(stack, "MyLogGroupWithLogGroupName", log_group_name="customStringLogFormatLogGroup")


def fn(id, **kwargs):
    lambda_.Function(stack, id, code=lambda_.InlineCode("foo"), handler="index.handler",
                     runtime=lambda_.Runtime.NODEJS_18_X, **kwargs)


fn("LambdaWithLogGroup", log_group=log_group)
fn("LambdaWithLogGroupAndNoLogGroupName", log_group=logs.LogGroup(stack, "MyLogGroupWithoutLogGroupName"))
fn("LambdaWithStringTextFormat", log_format="Text")
fn("LambdaWithStringJSONFormat", log_format="JSON")
fn("LambdaWithLogLevel", log_format="JSON", system_log_level=lambda_.SystemLogLevel.INFO.value,
   application_log_level=lambda_.ApplicationLogLevel.INFO.value)
app.synth()
