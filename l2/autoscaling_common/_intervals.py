"""The interval math of step scaling: complete and order the user's intervals, then place the alarms.

Follows aws-cdk-lib's ``normalizeIntervals``/``findAlarmThresholds``: missing bounds are inferred from the
neighbours (0 below the first, infinity above the last), gaps become no-change intervals, zero changes become
no-change unless the changes are absolute, adjacent no-change intervals merge, and at most one no-change
interval may remain. The alarms sit on either side of the no-change interval, or in the middle when there is
none.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from constructs import UnscopedValidationError
from l2.autoscaling_common._types import Alarms, CompleteScalingInterval, ScalingInterval

_INF = math.inf


def _js(value: Any) -> str:
    """A JSON rendering of an interval dict as ``JSON.stringify`` writes it (undefined fields dropped)."""

    def num(x: Any) -> Any:
        if isinstance(x, float) and math.isinf(x):
            return None
        if isinstance(x, float) and x.is_integer():
            return int(x)
        return x

    if isinstance(value, list):
        return "[" + ",".join(_js(v) for v in value) + "]"
    return json.dumps({k: num(v) for k, v in value.items() if v is not None}, separators=(",", ":"))


def _as_dict(interval: ScalingInterval | CompleteScalingInterval) -> dict[str, Any]:
    return {"lower": interval.lower, "upper": interval.upper, "change": interval.change}


def normalize_intervals(intervals: Sequence[ScalingInterval], changes_are_absolute: bool) -> list[CompleteScalingInterval]:
    """The complete, ordered, validated intervals of a step-scaling policy.

    Raises:
        UnscopedValidationError: fewer than 2 intervals, an interval without bounds, bounds that cannot be
            inferred, overlapping intervals, or more than one no-change interval.
    """
    full = _order_and_complete(intervals)
    _make_gaps_undefined(full)
    if not changes_are_absolute:
        for item in full:
            if item["change"] == 0:
                item["change"] = None
    _combine_undefineds(full)
    undefined = [x for x in full if x["change"] is None]
    if len(undefined) > 1:
        raise UnscopedValidationError(f"Can have at most one no-change interval, got {_js(undefined)}")
    return [CompleteScalingInterval(lower=x["lower"], upper=x["upper"], change=x["change"]) for x in full]


def find_alarm_thresholds(intervals: Sequence[CompleteScalingInterval]) -> Alarms:
    """Where the lower and upper alarms go among normalized intervals."""
    gap = next((i for i, x in enumerate(intervals) if x.change is None), -1)
    if gap != -1:
        return Alarms(
            lower_alarm_interval_index=gap - 1 if gap > 0 else None,
            upper_alarm_interval_index=gap + 1 if gap < len(intervals) - 1 else None,
        )
    if len(intervals) == 1:
        return Alarms(upper_alarm_interval_index=0)
    middle = len(intervals) // 2
    return Alarms(lower_alarm_interval_index=middle - 1, upper_alarm_interval_index=middle)


def _order_and_complete(intervals: Sequence[ScalingInterval]) -> list[dict[str, Any]]:
    if len(intervals) < 2:
        raise UnscopedValidationError("Require at least 2 intervals")
    for interval in intervals:
        if interval.lower is None and interval.upper is None:
            raise UnscopedValidationError(f"Must supply at least one of 'upper' or 'lower', got: {_js(_as_dict(interval))}")
    items = [_as_dict(x) for x in intervals]
    items.sort(key=lambda x: x["lower"] if x["lower"] is not None else x["upper"])
    while _propagate_bounds(items):
        pass
    if items[0]["lower"] is None:
        items[0]["lower"] = 0
    if items[-1]["upper"] is None:
        items[-1]["upper"] = _INF
    for item in items:
        if item["lower"] is None or item["upper"] is None:
            raise UnscopedValidationError(f"Could not determine the lower and upper bounds for {_js(item)}")
    for a, b in zip(items, items[1:], strict=False):
        if a["lower"] < b["upper"] and a["upper"] > b["lower"]:
            raise UnscopedValidationError(f"Two intervals overlap: {_js(a)} and {_js(b)}")
    return items


def _propagate_bounds(items: list[dict[str, Any]]) -> bool:
    changed = False
    for i in range(len(items) - 1):
        if items[i]["upper"] is not None and items[i + 1]["lower"] is None:
            items[i + 1]["lower"] = items[i]["upper"]
            changed = True
    for i in range(len(items) - 1, 0, -1):
        if items[i]["lower"] is not None and items[i - 1]["upper"] is None:
            items[i - 1]["upper"] = items[i]["lower"]
            changed = True
    return changed


def _make_gaps_undefined(items: list[dict[str, Any]]) -> None:
    if items[0]["lower"] != 0:
        items.insert(0, {"lower": 0, "upper": items[0]["lower"], "change": None})
    if items[-1]["upper"] != _INF:
        items.append({"lower": items[-1]["upper"], "upper": _INF, "change": None})
    i = 1
    while i < len(items):
        if items[i - 1]["upper"] < items[i]["lower"]:
            items.insert(i, {"lower": items[i - 1]["upper"], "upper": items[i]["lower"], "change": None})
        else:
            i += 1


def _combine_undefineds(items: list[dict[str, Any]]) -> None:
    i = 0
    while i < len(items) - 1:
        if items[i]["change"] is None and items[i + 1]["change"] is None:
            items[i]["upper"] = items[i + 1]["upper"]
            del items[i + 1]
        else:
            i += 1
