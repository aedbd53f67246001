"""Port of aws-cdk's integ.metricfilter-apply-on-transformed-logs.ts: a metric filter on transformed events."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import FilterPattern, LogGroup, MetricFilter

app = App()
stack = Stack(app, "aws-cdk-metricfilter-apply-on-transformed-logs-integ")
log_group = LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
MetricFilter(stack, "MetricFilter", log_group=log_group, metric_namespace="MyApp", metric_name="Latency",
             filter_pattern=FilterPattern.exists("$.latency"), apply_on_transformed_logs=True)
app.synth()
