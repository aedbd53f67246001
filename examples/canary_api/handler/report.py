"""The nightly workflow's step: count the day's requests (here: a summary of the input the schedule sends)."""

from __future__ import annotations

from typing import Any


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Return the report; ``healthy`` is what the workflow's choice branches on."""
    errors = int(event.get("errors", 0))
    return {"source": event.get("source", "schedule"), "errors": errors, "healthy": errors == 0}
