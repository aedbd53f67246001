"""Metric.with_ and statistic normalisation: aliases, percentiles, trimmed means, sample count."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "MetricWith")
base = cloudwatch.Metric(namespace="AWS/Lambda", metric_name="Duration", dimensions_map={"FunctionName": "f"})
cases = {
    "Avg": "avg",
    "Max": "MAX",
    "N": "n",
    "P90": "P90",
    "P999": cloudwatch.Stats.p(99.9),
    "Tm": cloudwatch.Stats.trimmed_mean(10, 90),
    "TmOne": "tm95",
    "Iqm": cloudwatch.Stats.IQM,
    "Sum": cloudwatch.Stats.SUM,
    "Pr": cloudwatch.Stats.percentile_rank(300),
    "Wm": "wm(10%:90%)",
}
for name, stat in cases.items():
    base.with_(statistic=stat, period=cdk.Duration.seconds(30)).create_alarm(
        stack, name, threshold=1, evaluation_periods=1
    )
base.with_(statistic="Sum", period=cdk.Duration.hours(1)).create_alarm(stack, "Override", threshold=2, evaluation_periods=2)
base.with_(dimensions_map={"FunctionName": "g", "Resource": "g:live"}).create_alarm(
    stack, "Dims", threshold=3, evaluation_periods=1
)
app.synth()
