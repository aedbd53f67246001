"""``pyright --verifytypes constructs`` stays at 95 % or more: the core's public API has known types.

(``l1`` and ``l2`` take too long for the suite: ``python -m tools.verify_types`` measures them.)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # tools/ is not an installed package
    sys.path.insert(0, ROOT)

from tools import verify_types  # noqa: E402


def test_constructs_type_completeness_is_at_least_95_percent() -> None:
    value, counts = verify_types.score("constructs")
    assert counts["withKnownType"] > 250, counts  # pyright found the package and read its exports
    assert value >= 95.0, f"pyright --verifytypes constructs: {value:.1f} % ({counts})"
