"""``Size``: an amount of data with units."""

from __future__ import annotations

import enum
import math
from typing import Any

from ._errors import ValidationError
from ._private import structs
from ._token import Token

_FACTOR = {"bytes": 1, "kibibytes": 1024, "mebibytes": 1024**2, "gibibytes": 1024**3, "tebibytes": 1024**4,
           "pebibytes": 1024**5}


_SHORT = {"bytes": "bytes", "kibibytes": "KiB", "mebibytes": "MiB", "gibibytes": "GiB", "tebibytes": "TiB",
          "pebibytes": "PiB"}


def _num(x: float) -> str:
    from ._private.resolve import js_number

    return js_number(x) if isinstance(x, float) else str(x)


def _to_fixed_2(x: float) -> str:
    """JavaScript's ``x.toFixed(2)`` (halves of the exact binary value round up) without trailing zeros."""
    import decimal

    text = str(decimal.Decimal(x).quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))
    text = text.rstrip("0")
    return text[:-1] if text.endswith(".") else text


class SizeRoundingBehavior(enum.Enum):
    """What to do when a conversion is not integral."""

    FAIL = "FAIL"
    FLOOR = "FLOOR"
    NONE = "NONE"


class Size:
    """An amount of data: ``Size.mebibytes(512)`` and conversions.

    Args:
        amount: the number of units.
        unit: the unit of ``amount``.
    """

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise ValidationError(f"Storage amounts cannot be negative. Received: {amount}")
        self.amount: float = amount
        self.unit: str = unit

    @staticmethod
    def bytes(amount: float) -> Size:
        return Size(amount, "bytes")

    @staticmethod
    def kibibytes(amount: float) -> Size:
        return Size(amount, "kibibytes")

    @staticmethod
    def mebibytes(amount: float) -> Size:
        return Size(amount, "mebibytes")

    @staticmethod
    def gibibytes(amount: float) -> Size:
        return Size(amount, "gibibytes")

    @staticmethod
    def tebibytes(amount: float) -> Size:
        return Size(amount, "tebibytes")

    @staticmethod
    def pebibytes(amount: float) -> Size:
        return Size(amount, "pebibytes")

    def _to(self, unit: str, rounding: SizeRoundingBehavior | None) -> float:
        if unit == self.unit:
            return self.amount  # as aws-cdk-lib: no conversion, so no rounding check either
        if Token.is_unresolved(self.amount):
            raise ValidationError(
                f"Size must be specified as 'Size.{unit}()' here since its value comes from a token and cannot be "
                f"converted (got Size.{self.unit})"
            )
        value = self.amount * (_FACTOR[self.unit] / _FACTOR[unit])
        r = rounding or SizeRoundingBehavior.FAIL
        if value != math.floor(value):
            if r is SizeRoundingBehavior.FAIL:
                raise ValidationError(f"'{self.amount} {self.unit}' cannot be converted into a whole number of {unit}.")
            if r is SizeRoundingBehavior.FLOOR:
                value = math.floor(value)
        return int(value) if value == int(value) else value

    def to_bytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("bytes", rounding)

    def to_kibibytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("kibibytes", rounding)

    def to_mebibytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("mebibytes", rounding)

    def to_gibibytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("gibibytes", rounding)

    def to_tebibytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("tebibytes", rounding)

    def to_pebibytes(self, *, rounding: SizeRoundingBehavior | None = None) -> float:
        return self._to("pebibytes", rounding)

    def to_string(self) -> str:
        """The size as code: ``Size.mebibytes(5)`` (the amount may be a number token)."""
        return f"Size.{self.unit}({_num(self.amount)})"

    def to_human_string(self) -> str:
        """The size in the largest unit it reaches, to two decimals at most: ``1.5 MiB``, ``0.5 bytes``."""
        if Token.is_unresolved(self.amount):
            return f"{Token.as_string(self.amount)} {_SHORT[self.unit]}"
        count = self.to_bytes()  # as aws-cdk-lib: a size that is not a whole number of bytes raises here
        for unit in ("pebibytes", "tebibytes", "gibibytes", "mebibytes", "kibibytes", "bytes"):
            if count >= _FACTOR[unit]:
                return f"{_to_fixed_2(count / _FACTOR[unit])} {_SHORT[unit]}"
        return f"{_num(count)} bytes"

    def is_unresolved(self) -> bool:
        return Token.is_unresolved(self.amount)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Size) and self.to_bytes(rounding=SizeRoundingBehavior.NONE) == other.to_bytes(
            rounding=SizeRoundingBehavior.NONE)

    def __hash__(self) -> int:
        return hash(self.to_bytes(rounding=SizeRoundingBehavior.NONE))


@structs.frozen(kw_only=True)
class SizeConversionOptions:
    """Options for ``Size`` conversions.

    Args:
        rounding: what to do when the result is not a whole number (default ``SizeRoundingBehavior.FAIL``).
    """

    rounding: SizeRoundingBehavior | None = None
