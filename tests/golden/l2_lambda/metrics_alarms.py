"""Function metrics (errors, duration, invocations, throttles, custom) as alarms; alias and version metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "MetricsAlarms")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
fn.metric_errors().create_alarm(stack, "Errors", threshold=1, evaluation_periods=1)
fn.metric_duration(statistic=cloudwatch.Stats.p(99)).create_alarm(stack, "Duration", threshold=1000,
                                                                      evaluation_periods=3)
fn.metric_invocations(period=cdk.Duration.minutes(1)).create_alarm(stack, "Invocations", threshold=100,
                                                                    evaluation_periods=2)
fn.metric_throttles().create_alarm(stack, "Throttles", threshold=0, evaluation_periods=1,
                                   comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD)
fn.metric("ConcurrentExecutions", statistic="Maximum").create_alarm(stack, "Concurrency", threshold=50,
                                                                      evaluation_periods=1)
alias = fn.add_alias("live")
alias.metric_errors().create_alarm(stack, "AliasErrors", threshold=1, evaluation_periods=1)
lambda_.Function.metric_all_errors().create_alarm(stack, "AllErrors", threshold=10, evaluation_periods=1)
app.synth()
