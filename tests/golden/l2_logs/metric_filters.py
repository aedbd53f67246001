"""Metric filters: literal, term, JSON and space-delimited patterns; dimensions, unit, default value; metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "MetricFilters")
group = logs.LogGroup(stack, "Group")
errors = group.add_metric_filter("Errors", filter_pattern=logs.FilterPattern.any_term("ERROR", "Fatal \"x\""),
                                 metric_namespace="App", metric_name="Errors")
logs.MetricFilter(
    stack,
    "Latency",
    log_group=group,
    filter_pattern=logs.FilterPattern.all(
        logs.FilterPattern.string_value("$.level", "==", "INFO"),
        logs.FilterPattern.number_value("$.latency", ">", 100),
        logs.FilterPattern.boolean_value("$.cached", False),
    ),
    metric_namespace="App",
    metric_name="SlowRequests",
    metric_value="$.latency",
    default_value=0,
    dimensions={"Api": "$.api"},
    unit=cloudwatch.Unit.MILLISECONDS,
    filter_name="slow",
)
group.add_metric_filter(
    "Spaces",
    filter_pattern=logs.FilterPattern.space_delimited("ip", "user", "...", "status")
    .where_number("status", ">=", 500)
    .where_string("user", "!=", "-"),
    metric_namespace="App",
    metric_name="ServerErrors",
)
group.add_metric_filter("All", filter_pattern=logs.FilterPattern.all_events(), metric_namespace="App",
                        metric_name="Events")
group.add_metric_filter("Groups", filter_pattern=logs.FilterPattern.any_term_group(["a", "b"], ["c"]),
                        metric_namespace="App", metric_name="Groups")
group.add_metric_filter("Json", filter_pattern=logs.FilterPattern.any(
    logs.FilterPattern.exists("$.id"), logs.FilterPattern.is_null("$.x"), logs.FilterPattern.not_exists("$.y"),
    logs.FilterPattern.regex_value("$.msg", "=", "time.*out")), metric_namespace="App", metric_name="Json")
extracted = group.extract_metric("$.duration", "App", "Duration")
errors.metric(statistic="Sum").create_alarm(stack, "ErrorAlarm", threshold=1, evaluation_periods=1)
extracted.create_alarm(stack, "DurationAlarm", threshold=1000, evaluation_periods=2)
group.metric_incoming_log_events().create_alarm(stack, "Incoming", threshold=0, evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD)
app.synth()
