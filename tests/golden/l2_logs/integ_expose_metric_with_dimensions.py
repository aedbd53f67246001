"""Port of aws-cdk's integ.expose-metric-with-dimensions.ts: a metric filter with dimensions on a dashboard."""

from aws_cdk import App, Stack
from aws_cdk.aws_cloudwatch import Dashboard, GraphWidget
from aws_cdk.aws_logs import FilterPattern, LogGroup, MetricFilter

app = App()
stack = Stack(app, "aws-cdk-expose-metric-with-dimensions-integ")
log_group = LogGroup(stack, "LogGroup")
mf = MetricFilter(stack, "MetricFilter", log_group=log_group, metric_name="testName", metric_namespace="testNamespace",
                  filter_pattern=FilterPattern.exists("$.latency"), metric_value="$.latency",
                  dimensions={"Foo": "Bar", "Bar": "Baz"})
metric = mf.metric()
Dashboard(stack, "Dashboard", dashboard_name="ExposeMetricWithDimensionsDashboard",
          widgets=[[GraphWidget(title="Latency with Dimensions", left=[metric])]])
app.synth()
