"""``select(vpc, selection)``: ``vpc.select_subnets`` for a ``SubnetSelection`` struct (or ``None``)."""

from __future__ import annotations

from typing import Any

from constructs.internals import structs


def selection_kwargs(selection: Any) -> dict[str, Any]:
    """The keyword arguments of ``vpc.select_subnets`` that ``selection`` sets."""
    if selection is None:
        return {}
    return {f.name: getattr(selection, f.name) for f in structs.fields(type(selection))
            if getattr(selection, f.name) is not None}


def select(vpc: Any, selection: Any) -> Any:
    """The subnets ``selection`` picks in ``vpc``."""
    return vpc.select_subnets(**selection_kwargs(selection))
