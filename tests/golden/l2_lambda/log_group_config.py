"""Function with a log group and JSON logging config; grants on the log group to the function."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "LogGroupConfig")
group = logs.LogGroup(stack, "Logs", retention=logs.RetentionDays.ONE_MONTH)
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("x"),
    log_group=group,
    logging_format=lambda_.LoggingFormat.JSON,
    application_log_level_v2=lambda_.ApplicationLogLevel.WARN,
    system_log_level_v2=lambda_.SystemLogLevel.INFO,
)
lambda_.Function(stack, "Text", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_inline("x"), logging_format=lambda_.LoggingFormat.TEXT)
group.grant_write(fn)
group.grant_read(fn)
app.synth()
