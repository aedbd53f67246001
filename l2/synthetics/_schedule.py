"""``Schedule`` and ``CronOptions``: how often a canary runs."""

from __future__ import annotations

from constructs import Duration, UnscopedValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class CronOptions:
    """The fields of a cron schedule (each default ``*``; ``day`` and ``week_day`` exclude each other).

    Args:
        day: the day of the month.
        hour: the hour.
        minute: the minute.
        month: the month.
        week_day: the day of the week (``MON-FRI``, ...).
    """

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None


class Schedule:
    """A canary's schedule: a rate, a cron expression, or once.

    Args:
        expression_string: the ``rate(...)`` or ``cron(...)`` expression.
    """

    def __init__(self, expression_string: str) -> None:
        self.expression_string = expression_string
        """The schedule expression."""

    @staticmethod
    def once() -> Schedule:
        """Run the canary once (``rate(0 minutes)``)."""
        return Schedule("rate(0 minutes)")

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A schedule from an expression string such as ``rate(10 minutes)``."""
        return Schedule(expression)

    @staticmethod
    def rate(interval: Duration) -> Schedule:
        """Run every ``interval`` (0 to 60 minutes; 0 means once)."""
        minutes = interval.to_minutes()
        if minutes > 60:
            raise UnscopedValidationError("Schedule duration must be between 1 and 60 minutes")
        if minutes == 0:
            return Schedule.once()
        if minutes == 1:
            return Schedule("rate(1 minute)")
        return Schedule(f"rate({_number(minutes)} minutes)")

    @staticmethod
    def cron(*, day: str | None = None, hour: str | None = None, minute: str | None = None,
             month: str | None = None, week_day: str | None = None) -> Schedule:
        """A cron schedule (the year is always ``*``); give at most one of ``day`` and ``week_day``."""
        if week_day is not None and day is not None:
            raise UnscopedValidationError("Cannot supply both 'day' and 'weekDay', use at most one")
        day_field = day if day is not None else ("?" if week_day is not None else "*")
        fields = [_or(minute, "*"), _or(hour, "*"), day_field, _or(month, "*"), _or(week_day, "?"), "*"]
        return Schedule(f"cron({' '.join(fields)})")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _or(value: str | None, default: str) -> str:
    return default if value is None else value
