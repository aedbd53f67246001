"""``Schedule``: when a scheduled rule runs (cron, rate or a literal expression)."""

from __future__ import annotations

from typing import Any

from constructs import Annotations, Duration, UnscopedValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class CronOptions:
    """The fields of a cron expression (UTC); unset fields are ``*`` (``?`` for the day/week-day pair).

    Args:
        day: day of month (default ``*``, or ``?`` when ``week_day`` is given).
        hour: hour (default ``*``).
        minute: minute (default ``*``: every minute).
        month: month (default ``*``).
        week_day: day of week (default ``?``).
        year: year (default ``*``).
    """

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None
    year: str | None = None


class Schedule:
    """A schedule for a rule: ``Schedule.rate``, ``Schedule.cron`` or ``Schedule.expression``."""

    expression_string: str

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A literal schedule expression (``rate(...)`` or ``cron(...)``)."""
        return _LiteralSchedule(expression)

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Run every ``duration`` (whole minutes, hours or days).

        Raises:
            UnscopedValidationError: a zero duration, or a token duration in another unit.
        """
        if not isinstance(duration, Duration):
            raise TypeError(f"Schedule.rate: duration must be a Duration, got {type(duration).__name__}")
        if duration.is_unresolved():
            if duration.unit_label() not in ("minute", "minutes", "hour", "hours", "day", "days"):
                raise UnscopedValidationError(
                    "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day', 'days'"
                )
            return _LiteralSchedule(f"rate({duration.format_token_to_number()})")
        if duration.to_minutes() == 0:
            raise UnscopedValidationError("Duration cannot be 0")
        rate = _maybe_rate(duration.to_days(integral=False), "day")
        if rate is None:
            rate = _maybe_rate(duration.to_hours(integral=False), "hour")
        if rate is None:
            rate = _make_rate(duration.to_minutes(integral=True), "minute")
        return _LiteralSchedule(rate)

    @staticmethod
    def cron(
        *,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
        year: str | None = None,
    ) -> Schedule:
        """A cron schedule (see ``CronOptions``).

        Raises:
            UnscopedValidationError: both ``day`` and ``week_day``.
        """
        if week_day is not None and day is not None:
            raise UnscopedValidationError("Cannot supply both 'day' and 'weekDay', use at most one")
        day_value = day if day is not None else ("?" if week_day is not None else "*")
        expression = (
            f"cron({_or(minute, '*')} {_or(hour, '*')} {day_value} {_or(month, '*')} {_or(week_day, '?')} "
            f"{_or(year, '*')})"
        )
        return _CronSchedule(expression, minute)

    def _bind(self, scope: Any) -> None:
        """Called when a rule uses this schedule."""


class _LiteralSchedule(Schedule):
    def __init__(self, expression_string: str) -> None:
        self.expression_string = expression_string


class _CronSchedule(Schedule):
    def __init__(self, expression_string: str, minute: str | None) -> None:
        self.expression_string = expression_string
        self._minute = minute

    def _bind(self, scope: Any) -> None:
        if not self._minute:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-events:scheduleWillRunEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                "that's what you intend, or 'minute: 0' to run once per hour instead.",
            )


def _or(value: str | None, default: str) -> str:
    return default if value is None else value


def _maybe_rate(interval: float, singular: str) -> str | None:
    if interval == 0 or not float(interval).is_integer():
        return None
    return _make_rate(interval, singular)


def _make_rate(interval: float, singular: str) -> str:
    value = int(interval)
    return f"rate(1 {singular})" if value == 1 else f"rate({value} {singular}s)"
