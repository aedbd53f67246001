"""Schedule and Match: expressions and validation messages from aws-cdk-lib, plus properties of rate()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import events
from l2.events import Match, Schedule


@pytest.mark.parametrize(
    ("duration", "expression"),
    [
        (Duration.minutes(1), "rate(1 minute)"),
        (Duration.seconds(60), "rate(1 minute)"),
        (Duration.minutes(90), "rate(90 minutes)"),
        (Duration.minutes(120), "rate(2 hours)"),
        (Duration.hours(24), "rate(1 day)"),
        (Duration.days(3), "rate(3 days)"),
        (Duration.hours(36), "rate(36 hours)"),
    ],
)
def test_rate_uses_the_largest_whole_unit(duration: Duration, expression: str) -> None:
    assert Schedule.rate(duration).expression_string == expression


def test_rate_fails_on_zero() -> None:
    with pytest.raises(UnscopedValidationError) as err:
        Schedule.rate(Duration.minutes(0))
    assert err.value.bare_message == "Duration cannot be 0"


def test_rate_fails_on_sub_minute_durations() -> None:
    with pytest.raises(ValidationError, match="'30 seconds' cannot be converted into a whole number of minutes."):
        Schedule.rate(Duration.seconds(30))


@given(st.integers(min_value=1, max_value=100_000))
def test_rate_of_whole_minutes_round_trips(minutes: int) -> None:
    expression = Schedule.rate(Duration.minutes(minutes)).expression_string
    value, unit = expression[len("rate(") : -1].split(" ")
    factor = {"minute": 1, "minutes": 1, "hour": 60, "hours": 60, "day": 1440, "days": 1440}[unit]
    assert int(value) * factor == minutes
    assert (int(value) == 1) == (not unit.endswith("s"))


def test_cron_defaults() -> None:
    assert Schedule.cron(minute="0", hour="4").expression_string == "cron(0 4 * * ? *)"
    assert Schedule.cron(week_day="MON").expression_string == "cron(* * ? * MON *)"


def test_cron_fails_with_day_and_week_day() -> None:
    with pytest.raises(UnscopedValidationError) as err:
        Schedule.cron(day="1", week_day="MON")
    assert err.value.bare_message == "Cannot supply both 'day' and 'weekDay', use at most one"


def test_cron_without_minute_warns(stack: Stack) -> None:
    events.Rule(stack, "Rule", schedule=Schedule.cron(hour="4"))
    messages = stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).messages
    assert [m.entry["data"] for m in messages if m.entry["type"] == "aws:cdk:warning"] == [
        "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what "
        "you intend, or 'minute: 0' to run once per hour instead. [ack: @aws-cdk/aws-events:scheduleWillRunEveryMinute]"
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: Match.anything_but(), "anythingBut matchers must be non-empty lists"),
        (lambda: Match.anything_but("a", 1), "anythingBut matchers must be lists that contain only strings or only numbers."),
        (lambda: Match.anything_but_prefix(), "anythingBut matchers must be non-empty lists"),
        (lambda: Match.all_of(), "A list of matchers must contain at least one element."),
        (lambda: Match.any_of(), "A list of matchers must contain at least one element."),
        (lambda: Match.interval(2, 1), "Invalid interval: [2, 1]"),
        (lambda: Match.cidr("not-an-ip"), "Invalid IP address range: not-an-ip"),
    ],
)
def test_match_validation_messages(call, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        call()
    assert err.value.bare_message == message


@pytest.mark.parametrize("cidr", ["10.0.0.0/8", "192.0.2.1", "2001:db8::/32", "::1"])
def test_cidr_accepts_ipv4_and_ipv6_ranges(cidr: str) -> None:
    assert len(Match.cidr(cidr)) == 1


def test_all_of_merges_only_numeric_matchers(stack: Stack, synth) -> None:
    events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail={"x": Match.all_of(Match.prefix("a"))}))
    with pytest.raises(UnscopedValidationError, match="Only numeric matchers can be merged into a single matcher."):
        synth(stack)
