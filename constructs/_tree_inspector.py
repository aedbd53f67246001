"""``TreeInspector`` and ``IInspectable``: the attributes a construct shows in ``tree.json``."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


class TreeInspector:
    """Collects the attributes a construct reports about itself (``inspect(inspector)``)."""

    def __init__(self) -> None:
        self.attributes: dict[str, Any] = {}

    def add_attribute(self, key: str, value: object) -> None:
        """Add an attribute (e.g. ``aws:cdk:cloudformation:type``)."""
        if not isinstance(key, str):
            raise TypeError(f"key must be a str, got {type(key).__name__}")
        self.attributes[key] = value


@runtime_checkable
class IInspectable(Protocol):
    """A construct that reports attributes of itself to a ``TreeInspector``."""

    def inspect(self, inspector: TreeInspector) -> None: ...
