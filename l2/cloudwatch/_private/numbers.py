"""JavaScript-style number formatting for strings CDK builds with template literals."""

from __future__ import annotations


def js_number(x: float) -> str:
    """``String(x)`` in JavaScript for the values CloudWatch strings use (``99`` not ``99.0``)."""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)
