"""Rule: validation messages (word for word from aws-cdk-lib), target limits, pattern merging, cross-environment
errors."""

from __future__ import annotations

import pytest

from constructs import (
    App,
    Duration,
    Environment,
    Stack,
    SynthesisError,
    UnscopedValidationError,
    ValidationError,
)
from l2 import events, sqs
from l2 import events_targets as targets


def _synth_errors(stack: Stack) -> str:
    with pytest.raises(SynthesisError) as err:
        stack.node.root.synth(force=True)
    return str(err.value)


def test_fails_without_pattern_or_schedule(stack: Stack) -> None:
    events.Rule(stack, "Rule")
    assert "[S/Rule] Either 'eventPattern' or 'schedule' must be defined" in _synth_errors(stack)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a" * 65, f"Event rule name must be between 1 and 64 characters. Received: {'a' * 65}"),
        (
            "has space",
            "Event rule name has space can contain only letters, numbers, periods, hyphens, or underscores with no "
            "spaces.",
        ),
    ],
)
def test_fails_on_invalid_rule_names(stack: Stack, name: str, message: str) -> None:
    events.Rule(stack, "Rule", rule_name=name, schedule=events.Schedule.rate(Duration.minutes(1)))
    assert f"[S/Rule] {message}" in _synth_errors(stack)


def test_fails_with_more_than_five_targets(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.minutes(1)))
    for _ in range(6):
        rule.add_target(targets.SqsQueue(queue))
    assert "[S/Rule] Event rule cannot have more than 5 targets." in _synth_errors(stack)


def test_fails_with_event_bus_and_schedule(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    with pytest.raises(ValidationError) as err:
        events.Rule(stack, "Rule", event_bus=bus, schedule=events.Schedule.rate(Duration.minutes(1)))
    assert err.value.bare_message == "Cannot associate rule with 'eventBus' when using 'schedule'"
    assert err.value.construct_path == "S/Rule"


def test_fails_on_pattern_fields_that_are_not_lists(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        events.Rule(stack, "Rule", event_pattern={"source": "aws.ec2"})
    assert err.value.bare_message == 'Invalid event pattern field { source: "aws.ec2" }. All fields must be arrays'


def test_fails_when_merging_a_list_with_an_object(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail={"a": ["x"]}))
    with pytest.raises(UnscopedValidationError) as err:
        rule.add_event_pattern(detail={"a": {"b": ["y"]}})
    assert err.value.bare_message == (
        'Invalid event pattern field a. Type mismatch between existing pattern ["x"] and added pattern {"b":["y"]}'
    )


def test_add_event_pattern_concatenates_lists_without_duplicates(stack: Stack, synth) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["a", "b"]))
    rule.add_event_pattern(source=["b", "c"], detail={"x": ["1"]})
    rule.add_event_pattern(detail={"x": ["1", "2"], "y": {"z": ["3"]}})
    pattern = synth(stack)["Resources"]["Rule4C995B7F"]["Properties"]["EventPattern"]
    assert pattern == {"source": ["a", "b", "c"], "detail": {"x": ["1", "2"], "y": {"z": ["3"]}}}


def test_unknown_pattern_field_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(TypeError, match="event_pattern has no field 'detailtype'"):
        events.Rule(stack, "Rule", event_pattern={"detailtype": ["x"]})


def test_cross_region_target_needs_a_concrete_source_account() -> None:
    app = App()
    source = Stack(app, "Source", env=Environment(region="us-east-1"))
    target_stack = Stack(app, "Target", env=Environment(account="222222222222", region="eu-west-1"))
    queue = sqs.Queue(target_stack, "Queue")
    rule = events.Rule(source, "Rule", schedule=events.Schedule.rate(Duration.minutes(1)))
    with pytest.raises(ValidationError) as err:
        rule.add_target(targets.SqsQueue(queue))
    assert err.value.bare_message == (
        "You need to provide a concrete account for the source stack when using cross-account or cross-region events"
    )


def test_cross_account_target_needs_a_concrete_target_region() -> None:
    app = App()
    source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
    target_stack = Stack(app, "Target", env=Environment(account="222222222222"))
    queue = sqs.Queue(target_stack, "Queue")
    rule = events.Rule(source, "Rule", schedule=events.Schedule.rate(Duration.minutes(1)))
    with pytest.raises(ValidationError) as err:
        rule.add_target(targets.SqsQueue(queue))
    assert err.value.bare_message == (
        "You need to provide a concrete region for the target stack when using cross-account or cross-region events"
    )


def test_imported_rule_reads_its_name_from_the_arn(stack: Stack) -> None:
    rule = events.Rule.from_event_rule_arn(stack, "R", "arn:aws:events:us-east-1:123456789012:rule/my-rule")
    assert rule.rule_name == "my-rule"
    assert rule.rule_arn == "arn:aws:events:us-east-1:123456789012:rule/my-rule"


def test_cross_account_target_cannot_be_an_imported_resource() -> None:
    app = App()
    source = Stack(app, "Source", env=Environment(account="111111111111", region="us-east-1"))
    queue = sqs.Queue.from_queue_arn(source, "Imported", "arn:aws:sqs:us-east-1:222222222222:other")
    rule = events.Rule(source, "Rule", schedule=events.Schedule.rate(Duration.minutes(1)))
    with pytest.raises(ValidationError) as err:
        rule.add_target(targets.SqsQueue(queue))
    assert err.value.bare_message == (
        "Cannot create a cross-account or cross-region rule for an imported resource (create a stack with the right "
        "environment for the imported resource)"
    )
