"""The apex (registrable) domain of a name, by the public suffix list aws-cdk-lib ships."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _suffixes() -> dict[str, Any]:
    return json.loads((Path(__file__).parent / "_public_suffixes.json").read_text())  # type: ignore[no-any-return]


def apex_domain(domain_name: str) -> str:
    """The longest public suffix of ``domain_name`` plus one label (``www.example.co.uk`` → ``example.co.uk``)."""
    current = _suffixes()
    accumulated: list[str] = []
    for part in reversed(domain_name.split(".")):
        accumulated.append(part)
        if part not in current:
            break
        current = current[part]
    return ".".join(reversed(accumulated))
