"""``Schedule``: when a scheduled scaling action runs (``at``, ``rate``, ``cron`` or a literal expression)."""

from __future__ import annotations

import datetime
from typing import Any

from constructs import Annotations, Duration, UnscopedValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class CronOptions:
    """The fields of a cron expression (UTC unless the action has a time zone); unset fields are ``*``.

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
    """A schedule for a scaling action: ``Schedule.at``, ``rate``, ``cron`` or ``expression``."""

    expression_string: str
    """The expression CloudFormation receives (``at(...)``, ``rate(...)`` or ``cron(...)``)."""

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A literal schedule expression (``at(...)``, ``rate(...)`` or ``cron(...)``)."""
        return _LiteralSchedule(expression)

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Run every ``duration`` (whole minutes, hours or days).

        Raises:
            UnscopedValidationError: a zero duration, or a token duration in another unit.
        """
        if duration.is_unresolved():
            if duration.unit_label() not in ("minute", "minutes", "hour", "hours", "day", "days"):
                raise UnscopedValidationError(
                    "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'"
                )
            return _LiteralSchedule(f"rate({duration.format_token_to_number()})")
        if duration.to_seconds() == 0:
            raise UnscopedValidationError("Duration cannot be 0")
        rate = _maybe_rate(duration.to_days(integral=False), "day")
        if rate is None:
            rate = _maybe_rate(duration.to_hours(integral=False), "hour")
        if rate is None:
            rate = _make_rate(duration.to_minutes(integral=True), "minute")
        return _LiteralSchedule(rate)

    @staticmethod
    def at(moment: datetime.datetime) -> Schedule:
        """Run once, at ``moment`` (a time-zone-aware datetime, written in UTC).

        Raises:
            TypeError: a naive datetime (as jsii refuses it).
        """
        return _LiteralSchedule(f"at({_format_iso(moment)})")

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
        """A cron schedule (see ``CronOptions``); without ``minute`` it warns that it runs every minute."""
        day_value = day if day is not None else ("?" if week_day is not None else "*")
        expression = (
            f"cron({_or(minute, '*')} {_or(hour, '*')} {day_value} {_or(month, '*')} {_or(week_day, '?')} "
            f"{_or(year, '*')})"
        )
        return _CronSchedule(expression, minute)

    def _bind(self, scope: Any) -> None:
        """Called when a scalable target uses this schedule."""


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
                "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                "that's what you intend, or 'minute: 0' to run once per hour instead.",
            )


def _utc(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TypeError("Naive datetimes are not supported, please add a timezone.")
    return moment.astimezone(datetime.UTC)


def _format_iso(moment: datetime.datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%dT%H:%M:%S")


def cfn_date(moment: datetime.datetime | None) -> str | None:
    """A date as aws-cdk-lib writes it into a template (UTC, whole seconds, ``Z``)."""
    return None if moment is None else _utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def _or(value: str | None, default: str) -> str:
    return default if value is None else value


def _maybe_rate(interval: float, singular: str) -> str | None:
    if interval == 0 or not float(interval).is_integer():
        return None
    return _make_rate(interval, singular)


def _make_rate(interval: float, singular: str) -> str:
    value = int(interval)
    return f"rate(1 {singular})" if value == 1 else f"rate({value} {singular}s)"
