"""Statistic strings: parse, normalise and split into the alarm's ``Statistic`` / ``ExtendedStatistic`` fields.

Mirrors aws-cdk-lib's ``aws-cloudwatch/lib/private/statistic.ts``: simple statistics are case-insensitive
aliases (``avg``, ``n``, ...), percentile-like ones (``p99``, ``tm90``) are lower-cased, range ones
(``TM(10%:90%)``, ``PR(:300)``) upper-cased, and anything else is passed through unchanged.
"""

from __future__ import annotations

import re
from typing import Any

_SIMPLE = {
    "average": "Average",
    "avg": "Average",
    "minimum": "Minimum",
    "min": "Minimum",
    "maximum": "Maximum",
    "max": "Maximum",
    "samplecount": "SampleCount",
    "n": "SampleCount",
    "sum": "Sum",
}
_SINGLE = {p: re.compile(rf"^{p}(\d+(?:\.\d+)?)$", re.IGNORECASE) for p in ("p", "tm", "wm", "tc", "ts")}
_PAIR = {p: re.compile(rf"^{p}\(([^)]+)\)$", re.IGNORECASE) for p in ("PR", "TM", "WM", "TC", "TS")}


def _is_single(stat: str) -> bool:
    for regex in _SINGLE.values():
        m = regex.match(stat)
        if m and 0 <= float(m.group(1)) <= 100:
            return True
    return False


def _parse_bound(text: str) -> tuple[Any, bool]:
    text = text.strip()
    if not text:
        return None, False
    percent = text.endswith("%")
    try:
        value = float(text[:-1] if percent else text)
    except ValueError:
        return "fail", False
    if value < 0 or (percent and value > 100):
        return "fail", False
    return value, percent


def _is_pair(stat: str) -> bool:
    for regex in _PAIR.values():
        m = regex.match(stat)
        if not m:
            continue
        parts = m.group(1).split(":")
        if len(parts) < 2:
            continue
        lower, lhs_percent = _parse_bound(parts[0])
        upper, rhs_percent = _parse_bound(parts[1])
        if "fail" in (lower, upper) or (lower is None and upper is None):
            continue
        if lower is not None and upper is not None and lhs_percent != rhs_percent:
            continue
        return True
    return False


def parse_statistic(stat: str) -> tuple[str, str]:
    """``(kind, normalised)`` where kind is ``simple``, ``extended``, ``single``, ``range`` or ``unparseable``."""
    lower = stat.lower()
    if lower in _SIMPLE:
        return "simple", _SIMPLE[lower]
    if lower == "iqm":
        return "extended", "IQM"
    if _is_single(stat):
        return "single", lower
    if _is_pair(stat):
        return "range", stat.upper()
    return "unparseable", stat


def normalize_statistic(stat: str) -> str:
    """The statistic as CDK stores it on a metric."""
    return parse_statistic(stat)[1]


def statistic_fields(stat: str) -> dict[str, str]:
    """``{"statistic": ...}`` for simple statistics, otherwise ``{"extended_statistic": ...}``."""
    kind, value = parse_statistic(stat)
    if kind == "simple":
        return {"statistic": value}
    return {"extended_statistic": value}
