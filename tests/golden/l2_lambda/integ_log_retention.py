"""Port of aws-cdk integ.log-retention.ts: functions with log retention (the LogRetention provider's handler is
pycdk's own, masked); ``propagateTagsToLogGroup`` is newer than 2.275 and left out."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-log-retention")
lambda_.Function(stack, "OneWeek",
                 code=lambda_.InlineCode("exports.handler = (event) => console.log(JSON.stringify(event));"),
                 handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X, log_retention=logs.RetentionDays.ONE_WEEK)
fn = lambda_.Function(stack, "OneMonth",
                      code=lambda_.InlineCode("exports.handler = (event) => console.log(JSON.stringify(event));"),
                      handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X,
                      log_retention=logs.RetentionDays.ONE_MONTH, function_name="OneMonthFunction")
cdk.Tags.of(fn).add("env", "beta")
cdk.Tags.of(fn).add("dept", "eng")
lambda_.Function(stack, "OneYear",
                 code=lambda_.InlineCode("exports.handler = (event) => console.log(JSON.stringify(event));"),
                 handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X, log_retention=logs.RetentionDays.ONE_YEAR,
                 function_name="OneYearFunction")
app.synth()
