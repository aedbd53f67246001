"""Subscription filter policies: ``SubscriptionFilter`` and ``FilterOrPolicy``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from constructs import UnscopedValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class BetweenCondition:
    """An inclusive (or, with ``between_strict``, exclusive) numeric range.

    Args:
        start: the lower bound.
        stop: the upper bound.
    """

    start: int | float
    stop: int | float


@structs.frozen(kw_only=True)
class StringConditions:
    """Conditions on a string attribute (the keywords of ``SubscriptionFilter.string_filter``).

    Args:
        allowlist: values to match.
        denylist: values to reject (``anything-but``).
        match_prefixes: prefixes to match.
        match_suffixes: suffixes to match.
    """

    allowlist: Sequence[str] | None = None
    denylist: Sequence[str] | None = None
    match_prefixes: Sequence[str] | None = None
    match_suffixes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class NumericConditions:
    """Conditions on a numeric attribute (the keywords of ``SubscriptionFilter.numeric_filter``).

    Args:
        allowlist: exact values to match.
        between: an inclusive range.
        between_strict: an exclusive range.
        greater_than / greater_than_or_equal_to / less_than / less_than_or_equal_to: comparisons.
    """

    allowlist: Sequence[int | float] | None = None
    between: BetweenCondition | None = None
    between_strict: BetweenCondition | None = None
    greater_than: int | float | None = None
    greater_than_or_equal_to: int | float | None = None
    less_than: int | float | None = None
    less_than_or_equal_to: int | float | None = None


class FilterOrPolicyType(enum.Enum):
    """Whether a ``FilterOrPolicy`` is a leaf filter or a nested policy."""

    FILTER = "FILTER"
    """A leaf ``Filter``."""
    POLICY = "POLICY"
    """A nested ``Policy``."""


class SubscriptionFilter:
    """The conditions one message attribute must meet for a message to be delivered.

    Args:
        conditions: the raw conditions, as in SNS's filter policy syntax.
    """

    def __init__(self, conditions: Sequence[Any] | None = None) -> None:
        self.conditions: list[Any] = list(conditions or [])

    @staticmethod
    def string_filter(
        *,
        allowlist: Sequence[str] | None = None,
        denylist: Sequence[str] | None = None,
        match_prefixes: Sequence[str] | None = None,
        match_suffixes: Sequence[str] | None = None,
        whitelist: Sequence[str] | None = None,
        blacklist: Sequence[str] | None = None,
    ) -> SubscriptionFilter:
        """Conditions on a string attribute: allowed values, denied values, prefixes, suffixes."""
        if whitelist and allowlist:
            raise UnscopedValidationError("`whitelist` is deprecated; please use `allowlist` instead")
        if blacklist and denylist:
            raise UnscopedValidationError("`blacklist` is deprecated; please use `denylist` instead")
        allowed = allowlist if allowlist is not None else whitelist
        denied = denylist if denylist is not None else blacklist
        conditions: list[Any] = []
        if allowed:
            conditions.extend(allowed)
        if denied:
            conditions.append({"anything-but": list(denied)})
        if match_prefixes:
            conditions.extend({"prefix": p} for p in match_prefixes)
        if match_suffixes:
            conditions.extend({"suffix": s} for s in match_suffixes)
        return SubscriptionFilter(conditions)

    @staticmethod
    def numeric_filter(
        *,
        allowlist: Sequence[int | float] | None = None,
        between: BetweenCondition | None = None,
        between_strict: BetweenCondition | None = None,
        greater_than: int | float | None = None,
        greater_than_or_equal_to: int | float | None = None,
        less_than: int | float | None = None,
        less_than_or_equal_to: int | float | None = None,
        whitelist: Sequence[int | float] | None = None,
    ) -> SubscriptionFilter:
        """Conditions on a numeric attribute: exact values, comparisons and ranges."""
        if whitelist and allowlist:
            raise UnscopedValidationError("`whitelist` is deprecated; please use `allowlist` instead")
        allowed = allowlist if allowlist is not None else whitelist
        conditions: list[Any] = []
        if allowed:
            conditions.extend({"numeric": ["=", v]} for v in allowed)
        if greater_than is not None:
            conditions.append({"numeric": [">", greater_than]})
        if greater_than_or_equal_to is not None:
            conditions.append({"numeric": [">=", greater_than_or_equal_to]})
        if less_than is not None:
            conditions.append({"numeric": ["<", less_than]})
        if less_than_or_equal_to is not None:
            conditions.append({"numeric": ["<=", less_than_or_equal_to]})
        if between:
            conditions.append({"numeric": [">=", between.start, "<=", between.stop]})
        if between_strict:
            conditions.append({"numeric": [">", between_strict.start, "<", between_strict.stop]})
        return SubscriptionFilter(conditions)

    @staticmethod
    def exists_filter() -> SubscriptionFilter:
        """The attribute must be present."""
        return SubscriptionFilter([{"exists": True}])

    @staticmethod
    def not_exists_filter() -> SubscriptionFilter:
        """The attribute must be absent."""
        return SubscriptionFilter([{"exists": False}])


class FilterOrPolicy:
    """A node of a message-body filter policy: a ``Filter`` (leaf) or a nested ``Policy``."""

    type: FilterOrPolicyType
    """``FILTER`` or ``POLICY``."""

    @staticmethod
    def filter(filter: SubscriptionFilter) -> Filter:
        """A leaf condition."""
        return Filter(filter)

    @staticmethod
    def policy(policy: Mapping[str, FilterOrPolicy]) -> Policy:
        """A nested policy."""
        return Policy(policy)

    def is_policy(self) -> bool:
        """True for a nested policy."""
        return isinstance(self, Policy)

    def is_filter(self) -> bool:
        """True for a leaf condition."""
        return isinstance(self, Filter)


class Filter(FilterOrPolicy):
    """A leaf of a message-body filter policy.

    Args:
        filter_doc: the filter's conditions.
    """

    def __init__(self, filter_doc: SubscriptionFilter) -> None:
        self.filter_doc = filter_doc
        self.type: FilterOrPolicyType = FilterOrPolicyType.FILTER


class Policy(FilterOrPolicy):
    """A nested level of a message-body filter policy.

    Args:
        policy_doc: the filters and policies of this level, by key.
    """

    def __init__(self, policy_doc: Mapping[str, FilterOrPolicy]) -> None:
        self.policy_doc = policy_doc
        self.type: FilterOrPolicyType = FilterOrPolicyType.POLICY
