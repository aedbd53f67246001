"""Tags applied to a stack reach the function, its role, its log group, alarm and event source mapping."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "TaggedFunction")
group = logs.LogGroup(stack, "Logs")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"), log_group=group)
fn.add_event_source_mapping("Mapping", event_source_arn="arn:aws:sqs:us-east-1:123456789012:q")
fn.metric_errors().create_alarm(stack, "Errors", threshold=1, evaluation_periods=1)
cdk.Tags.of(stack).add("team", "orders")
cdk.Tags.of(fn).add("component", "api")
app.synth()
