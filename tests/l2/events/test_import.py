"""Importing ``l2.events`` or ``l2.events_targets`` is fast and loads no other service."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("events", {"l1.events", "l2.events"}),
        ("events_targets", {"l1.events", "l2.events", "l2.events_targets"}),
    ],
)
def test_importing_loads_no_other_service(module: str, allowed: set[str]) -> None:
    out = _run(
        "import sys\n"
        f"from l2 import {module}\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    assert set(out.split(",")) <= allowed
