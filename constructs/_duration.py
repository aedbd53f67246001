"""``Duration``: an amount of time with units, converted exactly (or with an error when not integral)."""

from __future__ import annotations

import math
import re
from typing import Any

from ._errors import ValidationError
from ._private import structs
from ._token import Token

_UNITS = {"millis": 1, "seconds": 1000, "minutes": 60_000, "hours": 3_600_000, "days": 86_400_000}
_LABEL = {"millis": "millis", "seconds": "seconds", "minutes": "minutes", "hours": "hours", "days": "days"}
_ISO_RE = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


_ISO_LABEL = {"days": "D", "hours": "H", "minutes": "M", "seconds": "S", "millis": "S"}


def _num(x: float) -> str:
    from ._private.resolve import js_number

    return js_number(x) if isinstance(x, float) else str(x)


def _finest(a: str, b: str) -> str:
    return a if _UNITS[a] <= _UNITS[b] else b


def _fmt_unit(amount: float, unit: str) -> str:
    if amount == 1:
        return f"{_num(amount)} {unit[:-1]}"
    return f"{_num(amount)} {unit}"


def _convert(amount: float, from_unit: str, to_unit: str, integral: bool) -> float:
    """aws-cdk-lib's conversion: exact within a unit, whole numbers required unless ``integral`` is false."""
    if _UNITS[from_unit] == _UNITS[to_unit]:
        if integral and not Token.is_unresolved(amount) and amount != math.floor(amount):
            raise ValidationError(f"{_num(amount)} must be a whole number of {to_unit}.")
        return amount
    if Token.is_unresolved(amount):
        raise ValidationError(
            f"Duration must be specified as 'Duration.{to_unit}()' here since its value comes from a token and "
            f"cannot be converted (got Duration.{from_unit})"
        )
    value = amount * _UNITS[from_unit] / _UNITS[to_unit]
    if integral and value != math.floor(value):
        raise ValidationError(f"'{_num(amount)} {from_unit}' cannot be converted into a whole number of {to_unit}.")
    return int(value) if value == int(value) else value


class Duration:
    """A length of time: ``Duration.seconds(30)``, ``Duration.minutes(5)`` and conversions.

    Conversions that would lose precision raise unless ``integral=False`` is passed.

    Args:
        amount: the number of units (a number or a number token).
        unit: the unit's name: ``"millis"``, ``"seconds"``, ``"minutes"``, ``"hours"`` or ``"days"`` (use
            the factories instead).
    """

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise ValidationError(f"Duration amounts cannot be negative. Received: {amount}")
        self.amount: float = amount
        self.unit: str = unit

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
        return _convert(self.amount, self.unit, to, integral is not False)

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

    def _components(self, combine_millis_with_seconds: bool) -> list[tuple[float, str]]:
        out: list[tuple[float, str]] = []
        millis = _convert(self.amount, self.unit, "millis", False)
        for unit in ("days", "hours", "minutes", "seconds"):
            count = _convert(millis, "millis", unit, False)
            whole = count if unit == "seconds" and combine_millis_with_seconds else math.floor(count)
            if whole > 0:
                out.append((whole, unit))
                millis -= whole * _UNITS[unit]
        if millis > 0:
            out.append((millis, "millis"))
        return out

    def to_iso_string(self) -> str:
        """ISO-8601 form, e.g. ``PT5M``."""
        if self.amount == 0:
            return "PT0S"
        out = ["P"]
        tee = False
        for amount, unit in self._components(True):
            if unit in ("seconds", "minutes", "hours") and not tee:
                out.append("T")
                tee = True
            out.append(f"{_num(amount)}{_ISO_LABEL[unit]}")
        return "".join(out)

    def to_human_string(self) -> str:
        """The two largest parts, e.g. ``1 hour 30 minutes``."""
        if self.amount == 0:
            return _fmt_unit(0, self.unit)
        if Token.is_unresolved(self.amount):
            return f"<token> {self.unit}"
        return " ".join(_fmt_unit(a, u) for a, u in self._components(False)[:2])

    def to_string(self) -> str:
        """The duration as code: ``Duration.minutes(5)`` (the amount may be a number token)."""
        return f"Duration.{self.unit}({_num(self.amount)})"

    def format_token_to_number(self) -> str:
        """``<amount> <unit>`` (the amount may be a token)."""
        return f"{_num(self.amount)} {self.unit}"

    def is_unresolved(self) -> bool:
        return Token.is_unresolved(self.amount)

    def unit_label(self) -> str:
        return self.unit

    def plus(self, rhs: Duration) -> Duration:
        """The sum, in the finer of the two units."""
        unit = _finest(self.unit, rhs.unit)
        return Duration(_convert(self.amount, self.unit, unit, True) + _convert(rhs.amount, rhs.unit, unit, True), unit)

    def minus(self, rhs: Duration) -> Duration:
        """The difference, in the finer of the two units."""
        unit = _finest(self.unit, rhs.unit)
        return Duration(_convert(self.amount, self.unit, unit, True) - _convert(rhs.amount, rhs.unit, unit, True), unit)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Duration) and self.to_milliseconds(integral=False) == other.to_milliseconds(integral=False)

    def __hash__(self) -> int:
        return hash(self.to_milliseconds(integral=False))

    def __repr__(self) -> str:
        return f"Duration.{self.unit}({self.amount})"


@structs.frozen(kw_only=True)
class TimeConversionOptions:
    """Options for ``Duration`` conversions.

    Args:
        integral: whether the result must be a whole number (default true: a fraction raises).
    """

    integral: bool | None = None
