"""Port of aws-cdk's integ.metricfilter.lit.ts: a named metric filter with a combined pattern."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import FilterPattern, LogGroup, MetricFilter

app = App()
stack = Stack(app, "aws-cdk-metricfilter-integ")
log_group = LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
MetricFilter(
    stack, "MetricFilter", log_group=log_group, metric_namespace="MyApp", metric_name="Latency",
    filter_name="MyFilterName",
    filter_pattern=FilterPattern.all(
        FilterPattern.exists("$.latency"),
        FilterPattern.regex_value("$.message", "=", "bind: address already in use"),
    ),
    metric_value="$.latency",
)
app.synth()
