"""Rendering helpers of the AWS Batch constructs: lists read at synthesis, numbers as strings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from constructs import Lazy, Tokenization


def lazy_list(items: list[Any], fn: Callable[[Any], Any], *, omit_empty: bool = True) -> Any:
    """``fn`` of each item of ``items`` as it is at synthesis (items added later count); nothing when empty.

    aws-cdk-lib keeps these lists in a ``Box``: its value is read when the template is resolved, and an empty
    list renders as no property at all unless ``omit_empty`` is off.
    """

    def produce() -> Any:
        if omit_empty and not items:
            return None
        return [fn(item) for item in items]

    return Lazy.any(produce)


def number_string(x: int | float) -> str:
    """A number as JavaScript's ``toString`` writes it (tokens stay tokens)."""
    return Tokenization.stringify_number(x)


def as_list(items: Sequence[Any] | None) -> list[Any]:
    """A fresh list of ``items`` (none: an empty one)."""
    return list(items) if items is not None else []
