"""cloudwatch: statistic normalisation, Metric.with_, period/dimension validation and Alarm rendering."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Duration, Stack, UnscopedValidationError, ValidationError
from l2 import cloudwatch


def _resources(stack: Stack) -> dict[str, Any]:
    return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template["Resources"]


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("avg", "Average"),
        ("MAX", "Maximum"),
        ("n", "SampleCount"),
        ("P99", "p99"),
        ("tm95", "tm95"),
        ("tm(10%:90%)", "TM(10%:90%)"),
        ("pr(:300)", "PR(:300)"),
        ("iqm", "IQM"),
        ("p101", "p101"),  # out of range: not parsed, kept as given
        ("whatever", "whatever"),
    ],
)
def test_statistics_are_normalised_like_cdk(given: str, stored: str) -> None:
    assert cloudwatch.Metric(namespace="N", metric_name="M", statistic=given).statistic == stored


def test_stats_factories_render_js_numbers() -> None:
    assert cloudwatch.Stats.percentile(99.0) == "p99"
    assert cloudwatch.Stats.p(99.9) == "p99.9"
    assert cloudwatch.Stats.trimmed_mean(10, 90) == "TM(10%:90%)"
    assert cloudwatch.Stats.ts(5) == "ts5"
    assert cloudwatch.Stats.percentile_rank(100, 200) == "PR(100:200)"


def test_fails_on_percentages_outside_0_to_100() -> None:
    with pytest.raises(UnscopedValidationError, match="Expecting a percentage, got: 101"):
        cloudwatch.Stats.percentile(101)


def test_unrecognised_statistic_warns_on_the_alarm() -> None:
    metric = cloudwatch.Metric(namespace="N", metric_name="M", statistic="bogus")
    assert metric.warnings_v2 is not None
    assert "CloudWatch:Alarm:UnrecognizedStatistic" in metric.warnings_v2


@pytest.mark.parametrize("seconds", [2, 45, 90])
def test_fails_on_periods_that_cloudwatch_rejects(seconds: int) -> None:
    with pytest.raises(UnscopedValidationError, match=f"received {seconds}"):
        cloudwatch.Metric(namespace="N", metric_name="M", period=Duration.seconds(seconds))


def test_fails_on_more_than_30_dimensions() -> None:
    dims = {f"d{i}": "v" for i in range(31)}
    with pytest.raises(UnscopedValidationError, match="maximum number of dimensions is 30, received 31"):
        cloudwatch.Metric(namespace="N", metric_name="M", dimensions_map=dims)


def test_with_returns_the_same_metric_when_nothing_changes() -> None:
    metric = cloudwatch.Metric(namespace="N", metric_name="M", statistic="Sum", period=Duration.minutes(1))
    assert metric.with_(statistic="Sum", period=Duration.seconds(60)) is metric
    changed = metric.with_(statistic="Maximum")
    assert changed is not metric
    assert (changed.statistic, changed.period.to_seconds(), changed.namespace) == ("Maximum", 60, "N")


def test_alarm_renders_flat_metric_properties_with_sorted_dimensions() -> None:
    stack = Stack(App(), "S")
    metric = cloudwatch.Metric(namespace="N", metric_name="M", dimensions_map={"b": "2", "a": "1"},
                               statistic="p90", unit=cloudwatch.Unit.COUNT)
    metric.create_alarm(stack, "A", threshold=3, evaluation_periods=2,
                        treat_missing_data=cloudwatch.TreatMissingData.IGNORE)
    (resource,) = _resources(stack).values()
    props = resource["Properties"]
    assert props == {
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "Dimensions": [{"Name": "a", "Value": "1"}, {"Name": "b", "Value": "2"}],
        "EvaluationPeriods": 2,
        "ExtendedStatistic": "p90",
        "MetricName": "M",
        "Namespace": "N",
        "Period": 300,
        "Threshold": 3,
        "TreatMissingData": "ignore",
        "Unit": "Count",
    }


def test_alarm_annotation_describes_the_condition() -> None:
    stack = Stack(App(), "S")
    alarm = cloudwatch.Metric(namespace="N", metric_name="Errors", period=Duration.minutes(1)).create_alarm(
        stack, "A", threshold=5, evaluation_periods=3, datapoints_to_alarm=2)
    assert alarm.to_annotation().label == "Errors >= 5 for 2 datapoints within 3 minutes"


def test_fails_when_the_metric_is_in_another_region() -> None:
    stack = Stack(App(), "S", env={"region": "us-east-1", "account": "111111111111"})
    metric = cloudwatch.Metric(namespace="N", metric_name="M", region="eu-west-1")
    with pytest.raises(ValidationError, match="Cannot create an Alarm in region 'us-east-1'") as err:
        metric.create_alarm(stack, "A", threshold=1, evaluation_periods=1)
    assert "S/A" in str(err.value)


def test_fails_on_math_identifiers_that_start_with_upper_case() -> None:
    metric = cloudwatch.Metric(namespace="N", metric_name="M")
    with pytest.raises(UnscopedValidationError, match="Invalid variable names in expression: M1"):
        cloudwatch.MathExpression(expression="M1 * 2", using_metrics={"M1": metric})


def test_math_expression_warns_about_unknown_identifiers_and_overridden_periods() -> None:
    metric = cloudwatch.Metric(namespace="N", metric_name="M", period=Duration.minutes(10))
    expr = cloudwatch.MathExpression(expression="m1 + m2", using_metrics={"m1": metric}, period=Duration.minutes(1))
    assert expr.warnings_v2 is not None
    assert set(expr.warnings_v2) == {"CloudWatch:Math:MetricsPeriodsOverridden", "CloudWatch:Math:UnknownIdentifier"}
    assert expr.using_metrics["m1"].period.to_seconds() == 60


def test_fails_on_anomaly_operators_without_a_band() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="requires an ANOMALY_DETECTION_BAND"):
        cloudwatch.Alarm(stack, "A", metric=cloudwatch.Metric(namespace="N", metric_name="M"), evaluation_periods=1,
                         comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_LOWER_THRESHOLD)


def test_fails_without_a_threshold() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="threshold must be specified for standard alarms"):
        cloudwatch.Alarm(stack, "A", metric=cloudwatch.Metric(namespace="N", metric_name="M"), evaluation_periods=1)


def test_rows_wrap_widgets_at_the_grid_width() -> None:
    widgets = [cloudwatch.TextWidget(markdown=str(i), width=10) for i in range(3)]
    row = cloudwatch.Row(*widgets)
    row.position(0, 5)
    assert [(w.x, w.y) for w in widgets] == [(0, 5), (10, 5), (0, 7)]
    assert (row.width, row.height) == (20, 4)


def test_fails_on_widgets_wider_than_the_grid() -> None:
    with pytest.raises(UnscopedValidationError, match="Widget is too wide, max 24 units allowed"):
        cloudwatch.TextWidget(markdown="x", width=25)


def test_fails_on_dashboard_names_with_spaces() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="The value my dash for field dashboardName contains invalid characters"):
        cloudwatch.Dashboard(stack, "D", dashboard_name="my dash")


def test_fails_on_composite_suppressor_periods_without_a_suppressor() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="require an ActionsSuppressor to be set"):
        cloudwatch.CompositeAlarm(stack, "C", alarm_rule=cloudwatch.AlarmRule.from_boolean(False),
                                  actions_suppressor_wait_period=Duration.minutes(2))


def test_alarm_rules_render_like_cdk() -> None:
    rule = cloudwatch.AlarmRule.any_of(cloudwatch.AlarmRule.from_string("A"),
                                       cloudwatch.AlarmRule.not_(cloudwatch.AlarmRule.from_boolean(True)))
    assert rule.render_alarm_rule() == "(A OR (NOT (TRUE)))"
    with pytest.raises(UnscopedValidationError, match=r"Did not detect any operands for AlarmRule.allOf\(\)"):
        cloudwatch.AlarmRule.all_of().render_alarm_rule()
