"""The cases of aws-cdk's cross-environment unit tests: metrics attached to stacks in graphs and alarms, alarms on
metrics in other accounts, and when an alarm needs ``Metrics`` with ``AccountId`` (tokens included)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack1 = cdk.Stack(app, "Stack1", env=cdk.Environment(region="pluto", account="123456789012"))
stack2 = cdk.Stack(app, "Stack2", env=cdk.Environment(region="mars", account="5678"))
stack3 = cdk.Stack(app, "Stack3", env=cdk.Environment(region="pluto", account="0000"))
stack4 = cdk.Stack(app, "Stack4")
a = cloudwatch.Metric(namespace="Test", metric_name="ACount")
graph = cloudwatch.GraphWidget(left=[a.attach_to(stack1)])
cloudwatch.Dashboard(stack1, "Dash", widgets=[[graph]])
cloudwatch.Dashboard(stack2, "Dash", widgets=[[cloudwatch.GraphWidget(left=[a.attach_to(stack1)])]])
cloudwatch.Dashboard(stack4, "Dash", widgets=[[
    cloudwatch.GraphWidget(left=[a.with_(account="123456789012", region="us-north-5")]),
    cloudwatch.GraphWidget(left=[a.attach_to(stack4)]),
    cloudwatch.GraphWidget(left=[cloudwatch.MathExpression(
        expression="SEARCH('MetricName=\"ACount\"', 'Sum', 300)", using_metrics={}, label="Test label",
        search_account="5678", search_region="mars")]),
]])
cloudwatch.Alarm(stack1, "Attached", threshold=1, evaluation_periods=1, metric=a.attach_to(stack1))
cloudwatch.Alarm(stack1, "OtherAccount", threshold=1, evaluation_periods=1, metric=a.attach_to(stack3))
cloudwatch.Alarm(stack1, "ExplicitAccount", threshold=1, evaluation_periods=1,
                 metric=cloudwatch.Metric(namespace="Test", metric_name="ACount", account="0000"))
cloudwatch.Alarm(stack1, "SameAccountLabel", threshold=1, evaluation_periods=1,
                 metric=cloudwatch.Metric(namespace="Test", metric_name="ACount", label="my-label"))
cloudwatch.Alarm(stack1, "MathOtherAccounts", threshold=1, evaluation_periods=1, metric=cloudwatch.MathExpression(
    expression="a + b", period=cdk.Duration.minutes(1),
    using_metrics={"a": a.attach_to(stack3),
                   "b": cloudwatch.Metric(namespace="Test", metric_name="ACount", account="5678")}))
cloudwatch.Alarm(stack1, "MathSameAccount", threshold=1, evaluation_periods=1, metric=cloudwatch.MathExpression(
    expression="a + b", period=cdk.Duration.minutes(1),
    using_metrics={"a": a.attach_to(stack1),
                   "b": cloudwatch.Metric(namespace="Test", metric_name="ACount", account="123456789012")}))
cloudwatch.Alarm(stack1, "DifferentAccount", threshold=1, evaluation_periods=1,
                 metric=cloudwatch.Metric(namespace="Test", metric_name="ACount", account="123456789"))
for name, account in (("NoAccount", None), ("LiteralAccount", "123456789"), ("AccountToken", cdk.Aws.ACCOUNT_ID),
                      ("OtherToken", cdk.Token.as_string("asdf"))):
    cloudwatch.Alarm(stack4, name, threshold=1, evaluation_periods=1,
                     metric=cloudwatch.Metric(namespace="Test", metric_name="ACount", account=account))
cloudwatch.Alarm(stack3, "Own", threshold=1, evaluation_periods=1, metric=a.attach_to(stack3))
cloudwatch.Alarm(stack4, "AttachedAgnostic", threshold=1, evaluation_periods=1, metric=a.attach_to(stack4))
app.synth()
