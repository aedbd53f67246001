"""Port of aws-cdk integ.logging-config.ts: log groups, logging formats and log levels."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-lambda-logging-config")
log_group = logs.LogGroup(stack, "MyLogGroupWithLogGroupName", log_group_name="customLogGroup")


def fn(id, **kwargs):
    lambda_.Function(stack, id, code=lambda_.InlineCode("foo"), handler="index.handler",
                     runtime=lambda_.Runtime.NODEJS_20_X, **kwargs)


fn("LambdaWithLogGroup", log_group=log_group)
fn("LambdaWithLogGroupAndNoLogGroupName", log_group=logs.LogGroup(stack, "MyLogGroupWithoutLogGroupName"))
fn("LambdaWithTextFormat", logging_format=lambda_.LoggingFormat.TEXT)
fn("LambdaWithJSONFormat", logging_format=lambda_.LoggingFormat.JSON)
fn("LambdaWithTextLoggingFormat", logging_format=lambda_.LoggingFormat.TEXT)
fn("LambdaWithJSONLoggingFormat", logging_format=lambda_.LoggingFormat.JSON)
fn("LambdaWithLogLevel", logging_format=lambda_.LoggingFormat.JSON, system_log_level=lambda_.SystemLogLevel.INFO.value,
   application_log_level=lambda_.ApplicationLogLevel.INFO.value)
fn("LambdaWithLogLevelV2", logging_format=lambda_.LoggingFormat.JSON, system_log_level_v2=lambda_.SystemLogLevel.INFO,
   application_log_level_v2=lambda_.ApplicationLogLevel.INFO)
app.synth()
