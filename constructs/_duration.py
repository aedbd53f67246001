"""``Duration``: an amount of time with units, converted exactly (or with an error when not integral)."""

from __future__ import annotations

import math
import re
from typing import Any

from ._errors import ValidationError
from ._token import Token

_UNITS = {"millis": 1, "seconds": 1000, "minutes": 60_000, "hours": 3_600_000, "days": 86_400_000}
_LABEL = {"millis": "millis", "seconds": "seconds", "minutes": "minutes", "hours": "hours", "days": "days"}
_ISO_RE = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


class Duration:
    """A length of time: ``Duration.seconds(30)``, ``Duration.minutes(5)`` and conversions.

    Conversions that would lose precision raise unless ``integral=False`` is passed.
    """

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise ValidationError(f"Duration amounts cannot be negative. Received: {amount}")
        self.amount = amount
        self.unit = unit

    @staticmethod
    def millis(amount: float) -> Duration:
        return Duration(amount, "millis")

    @staticmethod
    def seconds(amount: float) -> Duration:
        return Duration(amount, "seconds")

    @staticmethod
    def minutes(amount: float) -> Duration:
        return Duration(amount, "minutes")

    @staticmethod
    def hours(amount: float) -> Duration:
        return Duration(amount, "hours")

    @staticmethod
    def days(amount: float) -> Duration:
        return Duration(amount, "days")

    @staticmethod
    def parse(duration: str) -> Duration:
        """Parse an ISO-8601 duration such as ``PT5M``."""
        m = _ISO_RE.match(duration)
        if not m:
            raise ValidationError(f"Not a valid ISO duration: {duration}")
        d, h, mi, s = m.groups()
        total = (int(d or 0) * 86400 + int(h or 0) * 3600 + int(mi or 0) * 60) * 1000 + float(s or 0) * 1000
        return Duration.millis(total)

    def _convert(self, to: str, integral: bool | None) -> float:
        if Token.is_unresolved(self.amount):
            if self.unit == to:
                return self.amount
            raise ValidationError(f"Duration must be specified as 'Duration.{to}()' here since its value comes from a token and cannot be converted (got Duration.{self.unit})")
        value = self.amount * _UNITS[self.unit] / _UNITS[to]
        if integral is not False and value != math.floor(value):
            raise ValidationError(f"'{self.amount} {self.unit}' cannot be converted into a whole number of {_LABEL[to]}.")
        return int(value) if value == int(value) else value

    def to_milliseconds(self, *, integral: bool | None = None) -> float:
        return self._convert("millis", integral)

    def to_seconds(self, *, integral: bool | None = None) -> float:
        return self._convert("seconds", integral)

    def to_minutes(self, *, integral: bool | None = None) -> float:
        return self._convert("minutes", integral)

    def to_hours(self, *, integral: bool | None = None) -> float:
        return self._convert("hours", integral)

    def to_days(self, *, integral: bool | None = None) -> float:
        return self._convert("days", integral)

    def to_iso_string(self) -> str:
        """ISO-8601 form, e.g. ``PT5M``."""
        if self.amount == 0:
            return "PT0S"
        ms = self.to_milliseconds(integral=False)
        parts = []
        days, ms = divmod(ms, 86_400_000)
        hours, ms = divmod(ms, 3_600_000)
        minutes, ms = divmod(ms, 60_000)
        seconds = ms / 1000
        out = "P"
        if days:
            out += f"{int(days)}D"
        if hours or minutes or seconds:
            out += "T"
            if hours:
                parts.append(f"{int(hours)}H")
            if minutes:
                parts.append(f"{int(minutes)}M")
            if seconds:
                parts.append(f"{seconds:g}S")
        return out + "".join(parts)

    def to_human_string(self) -> str:
        return f"{self.amount} {self.unit}"

    def format_token_to_number(self) -> str:
        return str(self.amount)

    def is_unresolved(self) -> bool:
        return Token.is_unresolved(self.amount)

    def unit_label(self) -> str:
        return self.unit

    def plus(self, rhs: Duration) -> Duration:
        return Duration.millis(self.to_milliseconds(integral=False) + rhs.to_milliseconds(integral=False))

    def minus(self, rhs: Duration) -> Duration:
        return Duration.millis(self.to_milliseconds(integral=False) - rhs.to_milliseconds(integral=False))

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Duration) and self.to_milliseconds(integral=False) == other.to_milliseconds(integral=False)

    def __hash__(self) -> int:
        return hash(self.to_milliseconds(integral=False))

    def __repr__(self) -> str:
        return f"Duration.{self.unit}({self.amount})"
