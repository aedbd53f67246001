"""The subnet ids a ``SubnetSelection`` picks in a VPC, comma-separated (as rotation functions take them)."""

from __future__ import annotations

from typing import Any

from constructs.internals import structs


def joined_subnet_ids(vpc: Any, selection: Any) -> str:
    """``vpc.select_subnets(selection).subnet_ids`` joined with commas (default selection when ``None``)."""
    kwargs: dict[str, Any] = {}
    if selection is not None:
        kwargs = {
            f.name: getattr(selection, f.name)
            for f in structs.fields(type(selection))
            if getattr(selection, f.name) is not None
        }
    return ",".join(vpc.select_subnets(**kwargs).subnet_ids)
