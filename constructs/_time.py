"""``Expiration`` (a point in time) and ``TimeZone``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._duration import Duration
from ._errors import ValidationError

if TYPE_CHECKING:
    import datetime as _dt


class Expiration:
    """A point in time, stored as epoch seconds."""

    __slots__ = ("date",)

    def __init__(self, date: _dt.datetime) -> None:
        self.date = date

    @staticmethod
    def at_date(d: _dt.datetime) -> Expiration:
        return Expiration(d)

    @staticmethod
    def at_timestamp(t: float) -> Expiration:
        """From epoch milliseconds."""
        import datetime as _dt  # imported on use: most apps never need it

        return Expiration(_dt.datetime.fromtimestamp(t / 1000, tz=_dt.UTC))

    @staticmethod
    def after(t: Duration) -> Expiration:
        import datetime as _dt

        return Expiration(_dt.datetime.now(tz=_dt.UTC) + _dt.timedelta(milliseconds=t.to_milliseconds()))

    @staticmethod
    def from_string(s: str) -> Expiration:
        import datetime as _dt

        return Expiration(_dt.datetime.fromisoformat(s.replace("Z", "+00:00")))

    def to_epoch(self) -> int:
        return int(self.date.timestamp())

    def is_before(self, t: Duration) -> bool:
        import datetime as _dt

        return self.date < _dt.datetime.now(tz=_dt.UTC) + _dt.timedelta(milliseconds=t.to_milliseconds())

    def is_after(self, t: Duration) -> bool:
        return not self.is_before(t)


class TimeZone:
    """An IANA time zone name, e.g. ``TimeZone.EUROPE_LONDON``."""

    __slots__ = ("timezone_name",)

    def __init__(self, timezone_name: str) -> None:
        self.timezone_name = timezone_name

    @staticmethod
    def of(timezone_name: str) -> TimeZone:
        if not timezone_name:
            raise ValidationError("TimeZone.of requires a non-empty time zone name")
        return TimeZone(timezone_name)

    def __repr__(self) -> str:
        return f"TimeZone({self.timezone_name!r})"


for _name in ("UTC", "Etc/UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York",
              "America/Los_Angeles", "America/Chicago", "Asia/Tokyo", "Asia/Singapore", "Australia/Sydney",
              "Asia/Kolkata", "America/Sao_Paulo", "Africa/Johannesburg"):
    setattr(TimeZone, _name.upper().replace("/", "_").replace("-", "_"), TimeZone(_name))
