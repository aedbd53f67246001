"""``Expiration`` (a point in time) and ``TimeZone``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._duration import Duration
from ._errors import ValidationError

if TYPE_CHECKING:
    import datetime as _dt


class Expiration:
    """A point in time, stored as epoch seconds.

    Args:
        date: the point in time.
    """

    __slots__ = ("date",)

    def __init__(self, date: _dt.datetime) -> None:
        self.date: _dt.datetime = date

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


_ZONES_BY_CONSTANT: dict[str, str] | None = None


def _zones_by_constant() -> dict[str, str]:
    global _ZONES_BY_CONSTANT
    if _ZONES_BY_CONSTANT is None:
        from ._timezone import ZONE_NAMES, constant_name

        _ZONES_BY_CONSTANT = {constant_name(z): z for z in ZONE_NAMES}
    return _ZONES_BY_CONSTANT


class _TimeZoneConstants(type):
    """Makes ``TimeZone.<ZONE>`` constants on first use: building all 352 at import would cost 1.5 ms."""

    def __getattr__(cls, name: str) -> TimeZone:
        zone = _zones_by_constant().get(name)
        if zone is None:
            raise AttributeError(f"type object 'TimeZone' has no attribute {name!r}")
        tz = TimeZone(zone)
        type.__setattr__(cls, name, tz)  # later reads find it directly, and it stays the same object
        return tz

    def __dir__(cls) -> list[str]:
        return sorted(set(super().__dir__()) | set(_zones_by_constant()))


class TimeZone(metaclass=_TimeZoneConstants):
    """An IANA time zone name: ``TimeZone.EUROPE_LONDON`` (every zone aws-cdk-lib names) or ``TimeZone.of(name)``.

    Args:
        timezone_name: the IANA name, e.g. ``Europe/London``.
    """

    __slots__ = ("timezone_name",)

    def __init__(self, timezone_name: str) -> None:
        self.timezone_name: str = timezone_name

    @staticmethod
    def of(timezone_name: str) -> TimeZone:
        if not timezone_name:
            raise ValidationError("TimeZone.of requires a non-empty time zone name")
        return TimeZone(timezone_name)

    def __repr__(self) -> str:
        return f"TimeZone({self.timezone_name!r})"
