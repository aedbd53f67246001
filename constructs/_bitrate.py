"""``Bitrate``: an amount of bits per second with units."""

from __future__ import annotations

from typing import Any

from ._errors import UnscopedValidationError
from ._token import Token

_BPS = {"bps": 1, "kbps": 1_000, "mbps": 1_000_000, "gbps": 1_000_000_000}


class Bitrate:
    """A bitrate: ``Bitrate.mbps(10)``. The amount is a non-negative number or a number token; a token amount
    cannot be converted to another unit.

    Args:
        amount: the number of units (a number or a number token).
        unit: the unit's name: ``"bps"``, ``"kbps"`` or ``"mbps"`` (use the factories instead).
    """

    __slots__ = ("_amount", "_unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise UnscopedValidationError(f"Bitrate amounts cannot be negative. Received: {_num(amount)}")
        self._amount = amount
        self._unit = unit

    @staticmethod
    def bps(amount: float) -> Bitrate:
        """``amount`` bits per second."""
        return Bitrate(amount, "bps")

    @staticmethod
    def kbps(amount: float) -> Bitrate:
        """``amount`` kilobits (1,000 bits) per second."""
        return Bitrate(amount, "kbps")

    @staticmethod
    def mbps(amount: float) -> Bitrate:
        """``amount`` megabits (10^6 bits) per second."""
        return Bitrate(amount, "mbps")

    @staticmethod
    def gbps(amount: float) -> Bitrate:
        """``amount`` gigabits (10^9 bits) per second."""
        return Bitrate(amount, "gbps")

    def _to(self, unit: str) -> float:
        if _BPS[unit] == _BPS[self._unit]:
            return self._amount
        if Token.is_unresolved(self._amount):
            raise UnscopedValidationError(
                f"Bitrate must be specified as 'Bitrate.{unit}()' here since its value comes from a token and "
                f"cannot be converted (got Bitrate.{self._unit})"
            )
        value = self._amount * _BPS[self._unit] / _BPS[unit]
        return int(value) if value == int(value) else value

    def to_bps(self) -> float:
        """The bitrate in bits per second."""
        return self._to("bps")

    def to_kbps(self) -> float:
        """The bitrate in kilobits per second."""
        return self._to("kbps")

    def to_mbps(self) -> float:
        """The bitrate in megabits per second."""
        return self._to("mbps")

    def to_gbps(self) -> float:
        """The bitrate in gigabits per second."""
        return self._to("gbps")

    def is_unresolved(self) -> bool:
        """True if the amount is a token."""
        return Token.is_unresolved(self._amount)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Bitrate) and (self._amount, self._unit) == (other._amount, other._unit)

    def __hash__(self) -> int:
        return hash((self._amount, self._unit))

    def __repr__(self) -> str:
        return f"Bitrate.{self._unit}({_num(self._amount)})"


def _num(x: float) -> str:
    from ._private.resolve import js_number

    return js_number(x) if isinstance(x, float) else str(x)
