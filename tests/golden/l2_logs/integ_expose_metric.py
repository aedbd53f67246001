"""Port of aws-cdk's integ.expose-metric.ts: an alarm on a metric filter's metric."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cloudwatch import Alarm
from aws_cdk.aws_logs import FilterPattern, LogGroup, MetricFilter

app = App()
stack = Stack(app, "aws-cdk-expose-metric-integ")
log_group = LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
mf = MetricFilter(stack, "MetricFilter", log_group=log_group, metric_namespace="MyApp", metric_name="Latency",
                  filter_pattern=FilterPattern.exists("$.latency"), metric_value="$.latency")
Alarm(stack, "alarm from metric filter", metric=mf.metric(), threshold=100, evaluation_periods=2)
app.synth()
