"""Statistics and units: ``Stats``, the deprecated ``Statistic`` enum and ``Unit``."""

from __future__ import annotations

import enum

from constructs import UnscopedValidationError

from ._private.numbers import js_number


class Statistic(enum.Enum):
    """The simple statistics (deprecated in CDK in favour of ``Stats``)."""

    SAMPLE_COUNT = "SampleCount"
    AVERAGE = "Average"
    SUM = "Sum"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"


class Unit(enum.Enum):
    """The unit of a metric."""

    SECONDS = "Seconds"
    MICROSECONDS = "Microseconds"
    MILLISECONDS = "Milliseconds"
    BYTES = "Bytes"
    KILOBYTES = "Kilobytes"
    MEGABYTES = "Megabytes"
    GIGABYTES = "Gigabytes"
    TERABYTES = "Terabytes"
    BITS = "Bits"
    KILOBITS = "Kilobits"
    MEGABITS = "Megabits"
    GIGABITS = "Gigabits"
    TERABITS = "Terabits"
    PERCENT = "Percent"
    COUNT = "Count"
    BYTES_PER_SECOND = "Bytes/Second"
    KILOBYTES_PER_SECOND = "Kilobytes/Second"
    MEGABYTES_PER_SECOND = "Megabytes/Second"
    GIGABYTES_PER_SECOND = "Gigabytes/Second"
    TERABYTES_PER_SECOND = "Terabytes/Second"
    BITS_PER_SECOND = "Bits/Second"
    KILOBITS_PER_SECOND = "Kilobits/Second"
    MEGABITS_PER_SECOND = "Megabits/Second"
    GIGABITS_PER_SECOND = "Gigabits/Second"
    TERABITS_PER_SECOND = "Terabits/Second"
    COUNT_PER_SECOND = "Count/Second"
    NONE = "None"


def _assert_percentage(x: float | None) -> None:
    if x is not None and (x < 0 or x > 100):
        raise UnscopedValidationError(f"Expecting a percentage, got: {js_number(x)}")


def _boundary(one: str, two: str, p1: float, p2: float | None) -> str:
    _assert_percentage(p1)
    _assert_percentage(p2)
    if p2 is not None:
        return f"{two}({js_number(p1)}%:{js_number(p2)}%)"
    return f"{one}{js_number(p1)}"


class Stats:
    """Factories for statistic strings (``Stats.AVERAGE``, ``Stats.percentile(99)``, ``Stats.trimmed_mean(10, 90)``)."""

    SAMPLE_COUNT = "SampleCount"
    AVERAGE = "Average"
    SUM = "Sum"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    IQM = "IQM"

    @staticmethod
    def percentile(percentile: float) -> str:
        """``p<percentile>``, e.g. ``p99``."""
        _assert_percentage(percentile)
        return f"p{js_number(percentile)}"

    @staticmethod
    def p(percentile: float) -> str:
        """Short for ``percentile``."""
        return Stats.percentile(percentile)

    @staticmethod
    def trimmed_mean(p1: float, p2: float | None = None) -> str:
        """``tm<p1>`` or ``TM(<p1>%:<p2>%)``."""
        return _boundary("tm", "TM", p1, p2)

    @staticmethod
    def tm(p1: float, p2: float | None = None) -> str:
        """Short for ``trimmed_mean``."""
        return Stats.trimmed_mean(p1, p2)

    @staticmethod
    def winsorized_mean(p1: float, p2: float | None = None) -> str:
        """``wm<p1>`` or ``WM(<p1>%:<p2>%)``."""
        return _boundary("wm", "WM", p1, p2)

    @staticmethod
    def wm(p1: float, p2: float | None = None) -> str:
        """Short for ``winsorized_mean``."""
        return Stats.winsorized_mean(p1, p2)

    @staticmethod
    def trimmed_count(p1: float, p2: float | None = None) -> str:
        """``tc<p1>`` or ``TC(<p1>%:<p2>%)``."""
        return _boundary("tc", "TC", p1, p2)

    @staticmethod
    def tc(p1: float, p2: float | None = None) -> str:
        """Short for ``trimmed_count``."""
        return Stats.trimmed_count(p1, p2)

    @staticmethod
    def trimmed_sum(p1: float, p2: float | None = None) -> str:
        """``ts<p1>`` or ``TS(<p1>%:<p2>%)``."""
        return _boundary("ts", "TS", p1, p2)

    @staticmethod
    def ts(p1: float, p2: float | None = None) -> str:
        """Short for ``trimmed_sum``."""
        return Stats.trimmed_sum(p1, p2)

    @staticmethod
    def percentile_rank(v1: float, v2: float | None = None) -> str:
        """``PR(<v1>:<v2>)`` or ``PR(:<v1>)``."""
        if v2 is not None:
            return f"PR({js_number(v1)}:{js_number(v2)})"
        return f"PR(:{js_number(v1)})"

    @staticmethod
    def pr(v1: float, v2: float | None = None) -> str:
        """Short for ``percentile_rank``."""
        return Stats.percentile_rank(v1, v2)
