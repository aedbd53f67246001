"""Port of aws-cdk's integ.metricfilter-dimensions.ts: a metric filter with a dimension."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import FilterPattern, LogGroup, MetricFilter

app = App()
stack = Stack(app, "aws-cdk-metricfilter-dimensions-integ")
log_group = LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
MetricFilter(stack, "MetricFilter", log_group=log_group, metric_namespace="MyApp", metric_name="Latency",
             filter_pattern=FilterPattern.exists("$.latency"), metric_value="$.latency",
             dimensions={"ErrorCode": "$.errorCode"})
app.synth()
