"""Event filtering for event source mappings: ``FilterRule`` patterns and ``FilterCriteria.filter``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def _plain(x: Any) -> Any:
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, Mapping):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


class FilterRule:
    """Factories for the values of an event filter pattern."""

    @staticmethod
    def null() -> list[Any]:
        """Match a null value."""
        return [None]

    @staticmethod
    def empty() -> list[str]:
        """Match an empty string."""
        return [""]

    @staticmethod
    def is_equal(item: str | float | bool) -> list[Any]:
        """Match a string, or a number (numeric equality)."""
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            return [{"numeric": ["=", item]}]
        return [item]

    @staticmethod
    def or_(*elem: str) -> list[str]:
        """Match any of the values."""
        return list(elem)

    @staticmethod
    def not_equals(elem: str) -> list[Mapping[str, list[str]]]:
        """Match anything but ``elem``."""
        return [{"anything-but": [elem]}]

    @staticmethod
    def between(first: float, second: float) -> list[Mapping[str, list[Any]]]:
        """Match numbers in ``(first, second]``."""
        return [{"numeric": [">", first, "<=", second]}]

    @staticmethod
    def exists() -> list[dict[str, bool]]:
        """Match when the field exists."""
        return [{"exists": True}]

    @staticmethod
    def not_exists() -> list[dict[str, bool]]:
        """Match when the field is absent."""
        return [{"exists": False}]

    @staticmethod
    def begins_with(elem: str) -> list[dict[str, str]]:
        """Match strings starting with ``elem``."""
        return [{"prefix": elem}]


class FilterCriteria:
    """Turns a filter pattern into what ``EventSourceMapping(filters=...)`` takes."""

    @staticmethod
    def filter(filter: Mapping[str, object]) -> dict[str, str]:
        """``{"pattern": <compact JSON of filter>}``."""
        return {"pattern": json.dumps(_plain(filter), separators=(",", ":"), ensure_ascii=False)}
