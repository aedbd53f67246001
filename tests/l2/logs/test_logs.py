"""logs: filter pattern strings, query strings, log group retention rules and validation errors."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import logs


def _resources(stack: Stack) -> dict[str, Any]:
    return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template["Resources"]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (logs.FilterPattern.all_events(), ""),
        (logs.FilterPattern.all_terms("a", 'b"c'), '"a" "b\\"c"'),
        (logs.FilterPattern.any_term("a", "b"), '?"a" ?"b"'),
        (logs.FilterPattern.any_term_group(["a", "b"], ["c"]), '?"a" "b" ?"c"'),
        (logs.FilterPattern.string_value("$.x", "==", "y"), '{ $.x = "y" }'),
        (logs.FilterPattern.number_value("$.n", "<=", 2.0), "{ $.n <= 2 }"),
        (logs.FilterPattern.exists("$.id"), '{ $.id = "*" }'),
        (logs.FilterPattern.boolean_value("$.ok", True), "{ $.ok IS TRUE }"),
        (
            logs.FilterPattern.all(logs.FilterPattern.is_null("$.a"), logs.FilterPattern.not_exists("$.b")),
            "{ ($.a IS NULL) && ($.b NOT EXISTS) }",
        ),
        (
            logs.FilterPattern.space_delimited("ip", "...", "code").where_number("code", "==", 500),
            "[ip, ..., code = 500]",
        ),
    ],
)
def test_filter_patterns_render_like_cdk(pattern: Any, text: str) -> None:
    assert pattern.log_pattern_string == text


def test_fails_on_a_string_comparison_that_is_not_equality() -> None:
    with pytest.raises(UnscopedValidationError, match=r"Invalid comparison operator \('<'\)"):
        logs.FilterPattern.string_value("$.x", "<", "y")


def test_fails_on_two_ellipsis_columns() -> None:
    with pytest.raises(UnscopedValidationError, match="at most one '...' column"):
        logs.FilterPattern.space_delimited("...", "a", "...")


def test_query_string_joins_commands_with_pipes() -> None:
    query = logs.QueryString(fields=["a", "b"], filter="x > 1", stats="count()", sort="a desc", limit=5)
    assert str(query) == "fields a, b\n| filter x > 1\n| stats count()\n| sort a desc\n| limit 5"


def test_log_group_defaults_to_two_years_and_retain() -> None:
    stack = Stack(App(), "S")
    logs.LogGroup(stack, "G")
    (resource,) = _resources(stack).values()
    assert resource == {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 731},
                        "UpdateReplacePolicy": "Retain", "DeletionPolicy": "Retain"}


def test_infinite_retention_renders_no_retention() -> None:
    stack = Stack(App(), "S")
    logs.LogGroup(stack, "G", retention=logs.RetentionDays.INFINITE)
    (resource,) = _resources(stack).values()
    assert "Properties" not in resource


def test_fails_on_retention_with_the_delivery_class() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="retention is not supported for a log group with logGroupClass DELIVERY"):
        logs.LogGroup(stack, "G", log_group_class=logs.LogGroupClass.DELIVERY, retention=logs.RetentionDays.ONE_DAY)


def test_fails_on_non_positive_retention() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="retentionInDays must be positive, got -1") as err:
        logs.LogGroup(stack, "G", retention=-1)
    assert "S/G" in str(err.value)


def test_fails_on_metric_filters_with_more_than_three_dimensions() -> None:
    stack = Stack(App(), "S")
    group = logs.LogGroup(stack, "G")
    with pytest.raises(ValidationError, match="maximum of 3 dimensions but received 4"):
        group.add_metric_filter("F", filter_pattern=logs.FilterPattern.all_events(), metric_name="M",
                                metric_namespace="N", dimensions={k: "$.x" for k in "abcd"})


def test_fails_on_more_than_two_stats_statements() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="up to two stats commands in a single query, received 3"):
        logs.QueryDefinition(stack, "Q", query_definition_name="q",
                             query_string=logs.QueryString(stats_statements=["a", "b", "c"]))


def test_fails_on_distribution_without_a_kinesis_destination() -> None:
    stack = Stack(App(), "S")
    group = logs.LogGroup(stack, "G")

    class Arn:
        def bind(self, scope: Any, source_log_group: Any) -> logs.LogSubscriptionDestinationConfig:
            return logs.LogSubscriptionDestinationConfig(arn="arn:aws:firehose:us-east-1:1:deliverystream/x")

    with pytest.raises(ValidationError, match="distribution property can only be used with KinesisDestination"):
        group.add_subscription_filter("F", destination=Arn(), filter_pattern=logs.FilterPattern.all_events(),
                                      distribution=logs.Distribution.RANDOM)
