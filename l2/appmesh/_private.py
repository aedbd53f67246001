"""Rendering helpers shared by the App Mesh constructs (not public)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from constructs import Duration, Token, TokenComparison

T = TypeVar("T")


def render_mesh_owner(resource_account: str, mesh_account: str) -> str | None:
    """The mesh's account when it differs (or may differ) from the resource's: a shared mesh."""
    comparison = Token.compare_strings(resource_account, mesh_account)
    if comparison in (TokenComparison.DIFFERENT, TokenComparison.ONE_UNRESOLVED):
        return mesh_account
    return None


def millis(duration: Duration) -> dict[str, object]:
    """``{"unit": "ms", "value": <milliseconds>}``."""
    return {"unit": "ms", "value": duration.to_milliseconds()}


def prune(value: Mapping[str, object | None]) -> dict[str, object]:
    """``value`` without its ``None`` entries."""
    return {k: v for k, v in value.items() if v is not None}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def as_property(cls: type[T], value: Mapping[str, object]) -> T:
    """``value`` (camelCase keys) as an instance of the L1 property class ``cls`` (for values inside a ``Lazy``,
    which the L1 renderer only converts when they are property objects)."""
    return cls(**{_snake(k): v for k, v in value.items()})
