"""The interval structs of step scaling and the random-generator interface of aws-cdk-lib's property tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from constructs.internals import structs


@structs.frozen(kw_only=True)
class ScalingInterval:
    """One step of a step-scaling policy: a metric range and the capacity change applied in it.

    Args:
        change: the capacity adjustment in this interval (its meaning follows the policy's adjustment type;
            positive scales out, negative scales in).
        lower: the lower bound of the interval (default: the upper bound of the previous interval, or 0 for
            the first).
        upper: the upper bound of the interval (default: the lower bound of the next interval, or infinity for
            the last).
    """

    change: int | float
    lower: int | float | None = None
    upper: int | float | None = None


@structs.frozen(kw_only=True)
class CompleteScalingInterval:
    """A scaling interval with both bounds known (``change`` is ``None`` for a no-change gap).

    Args:
        lower: the lower bound.
        upper: the upper bound.
        change: the capacity adjustment (default: none, the interval changes nothing).
    """

    lower: int | float
    upper: int | float
    change: int | float | None = None


@structs.frozen(kw_only=True)
class Alarms:
    """Which complete intervals the lower and upper alarms of a step-scaling policy sit next to.

    Args:
        lower_alarm_interval_index: index of the interval whose upper bound is the lower alarm's threshold
            (default: no lower alarm).
        upper_alarm_interval_index: index of the interval whose lower bound is the upper alarm's threshold
            (default: no upper alarm).
    """

    lower_alarm_interval_index: int | None = None
    upper_alarm_interval_index: int | None = None


@structs.frozen(kw_only=True)
class ArbitraryIntervals:
    """A generated list of scaling intervals (aws-cdk-lib's property tests).

    Args:
        absolute: whether the changes are absolute capacities (``EXACT_CAPACITY``).
        intervals: the intervals.
    """

    absolute: bool
    intervals: Sequence[ScalingInterval]


@runtime_checkable
class IRandomGenerator(Protocol):
    """A source of random values (aws-cdk-lib's property tests of the interval math)."""

    def next_boolean(self) -> bool:
        """A random boolean."""
        ...

    def next_int(self, min: int | float, max: int | float) -> int | float:
        """A random integer between ``min`` and ``max``."""
        ...
