"""The graph and alarm cases of aws-cdk's metric-math unit tests: nested expressions, shared and reused ids, periods
that propagate (or not), percentiles, metrics on both axes, expressions without inner metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "MetricMath")
a = cloudwatch.Metric(namespace="Test", metric_name="ACount")
b = cloudwatch.Metric(namespace="Test", metric_name="BCount", statistic="Average")
c = cloudwatch.Metric(namespace="Test", metric_name="CCount")
b99 = cloudwatch.Metric(namespace="Test", metric_name="BCount", statistic="p99")


def expr(expression, period=None, label=None, **using):
    return cloudwatch.MathExpression(expression=expression, using_metrics=using, period=period, label=label)


graphs = [
    cloudwatch.GraphWidget(left=[expr("a + b", a=a, b=b)]),
    cloudwatch.GraphWidget(left=[expr("a + e", a=a, e=expr("b + c", b=b, c=c))]),
    cloudwatch.GraphWidget(left=[expr("a + e", a=a, e=expr("b + c", b=a, c=c))]),
    cloudwatch.GraphWidget(left=[expr("a + e", label="", a=a)]),
    cloudwatch.GraphWidget(left=[expr("a + e", a=a, e=expr("a + c", a=a, c=c))]),
    cloudwatch.GraphWidget(left=[a, expr("a + b", a=a, b=b)]),
    cloudwatch.GraphWidget(left=[a.with_(period=cdk.Duration.seconds(10)),
                                 expr("a + b", a=a.with_(period=cdk.Duration.seconds(10)), b=b)]),
    cloudwatch.GraphWidget(left=[a, expr("a + b", period=cdk.Duration.minutes(1), a=a, b=b)]),
    cloudwatch.GraphWidget(left=[expr("a + e", a=a, e=expr("a + b", period=cdk.Duration.minutes(1), a=a, b=b))]),
    cloudwatch.GraphWidget(left=[expr("a + b99", a=a, b99=b99)]),
    cloudwatch.GraphWidget(left=[expr("a + 1", a=a)], right=[expr("a + 2", a=a)]),
]
cloudwatch.Dashboard(stack, "Dash", widgets=[[g] for g in graphs])
cloudwatch.Alarm(stack, "Plain", threshold=1, evaluation_periods=1, metric=expr("a + b", a=a, b=b))
cloudwatch.Alarm(stack, "Nested", threshold=1, evaluation_periods=1,
                 metric=expr("a + e", a=a, e=expr("b + c", b=b, c=c)))
cloudwatch.Alarm(stack, "Periods", threshold=1, evaluation_periods=1,
                 metric=expr("a + e", period=cdk.Duration.seconds(30), a=a,
                             e=expr("b + c", period=cdk.Duration.minutes(1), b=b, c=c)))
cloudwatch.Alarm(stack, "Insight", threshold=1, evaluation_periods=1,
                 metric=expr('INSIGHT_RULE_METRIC("SomeId", UniqueContributors)'))
cloudwatch.Alarm(stack, "Percentile", threshold=1, evaluation_periods=3, datapoints_to_alarm=2,
                 metric=expr("a + b99", period=cdk.Duration.minutes(10), a=a, b99=b99))
app.synth()
