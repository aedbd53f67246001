"""``ScheduleExpression``: when a schedule runs (``rate``, ``cron``, one-time ``at`` or a literal expression)."""

from __future__ import annotations

import datetime as _dt

from constructs import Duration, TimeZone
from constructs.internals import structs


@structs.frozen(kw_only=True)
class CronOptionsWithTimezone:
    """The fields of a cron expression and the time zone it is evaluated in.

    Args:
        day: day of month (default ``*``, or ``?`` when ``week_day`` is given).
        hour: hour (default ``*``).
        minute: minute (default ``*``: every minute).
        month: month (default ``*``).
        week_day: day of week (default ``?``).
        year: year (default ``*``).
        time_zone: the time zone of the expression (default UTC).
    """

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None
    year: str | None = None
    time_zone: TimeZone | None = None


def iso_utc(date: _dt.datetime) -> str:
    """``date`` as JavaScript's ``Date.toISOString`` writes it (UTC, milliseconds, ``Z``)."""
    if date.tzinfo is not None:
        date = date.astimezone(_dt.UTC).replace(tzinfo=None)
    return date.strftime("%Y-%m-%dT%H:%M:%S.") + f"{date.microsecond // 1000:03d}Z"


class ScheduleExpression:
    """A schedule expression: ``ScheduleExpression.rate``, ``cron``, ``at`` or ``expression``.

    ``expression_string`` is what CloudFormation gets; ``time_zone`` the zone it is evaluated in (UTC by default).
    """

    expression_string: str
    time_zone: TimeZone | None

    @staticmethod
    def at(date: _dt.datetime, time_zone: TimeZone | None = None) -> ScheduleExpression:
        """A one-time schedule at ``date`` (written in UTC, to the second), evaluated in ``time_zone`` (default UTC)."""
        if not isinstance(date, _dt.datetime):
            raise TypeError(f"ScheduleExpression.at: date must be a datetime, got {type(date).__name__}")
        literal = iso_utc(date).split(".")[0]
        return _LiteralScheduleExpression(f"at({literal})", time_zone or TimeZone.ETC_UTC)

    @staticmethod
    def expression(expression: str, time_zone: TimeZone | None = None) -> ScheduleExpression:
        """A literal expression (``rate(...)``, ``cron(...)`` or ``at(...)``) in ``time_zone`` (default UTC)."""
        return _LiteralScheduleExpression(expression, time_zone or TimeZone.ETC_UTC)

    @staticmethod
    def rate(duration: Duration) -> ScheduleExpression:
        """Run every ``duration`` (whole minutes, hours or days), as aws-events' ``Schedule.rate`` writes it."""
        from l2 import events

        return _LiteralScheduleExpression(events.Schedule.rate(duration).expression_string)

    @staticmethod
    def cron(
        *,
        time_zone: TimeZone | None = None,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
        year: str | None = None,
    ) -> ScheduleExpression:
        """A cron schedule (see ``CronOptionsWithTimezone``), evaluated in ``time_zone`` (default UTC)."""
        from l2 import events

        schedule = events.Schedule.cron(day=day, hour=hour, minute=minute, month=month, week_day=week_day, year=year)
        return _LiteralScheduleExpression(schedule.expression_string, time_zone)


class _LiteralScheduleExpression(ScheduleExpression):
    def __init__(self, expression_string: str, time_zone: TimeZone | None = None) -> None:
        self.expression_string = expression_string
        self.time_zone = time_zone if time_zone is not None else TimeZone.ETC_UTC
