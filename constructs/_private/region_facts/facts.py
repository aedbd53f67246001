"""The built-in region facts of aws-cdk-lib 2.275.0, loaded from ``facts.json.gz`` on first use.

The file holds ``{"regions": [...], "database": {region: {fact name: value}}}`` as aws-cdk-lib registers them
(``extract.py`` regenerates it). ``DATABASE`` is the live fact table that ``Fact.register`` changes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "facts.json.gz"

_state: dict[str, Any] = {}


def _load() -> dict[str, Any]:
    if not _state:
        with gzip.open(DATA_FILE, "rt", encoding="utf-8") as f:
            data = json.load(f)
        _state["regions"] = sorted(data["regions"])
        _state["database"] = data["database"]
    return _state


def database() -> dict[str, dict[str, str]]:
    """The fact table: region → fact name → value (mutable: ``Fact.register`` writes to it)."""
    db: dict[str, dict[str, str]] = _load()["database"]
    return db


def aws_regions() -> list[str]:
    """The regions aws-cdk-lib knows, sorted."""
    regions: list[str] = _load()["regions"]
    return regions
