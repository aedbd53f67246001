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


@pytest.mark.parametrize("module", ["events", "events_targets"])
def test_importing_takes_under_60_ms(module: str) -> None:
    # Best of five fresh interpreters: the CPU time of importing the module alone after the core (process time,
    # so that other processes on a busy machine do not count). The core's argument type-checker loads on the
    # first construct subclass any package defines; defining one first keeps that cost out of the measure.
    code = (
        "import time, constructs, l2\n"
        "class Warmup(constructs.Resource):\n    pass\n"
        "start = time.process_time()\n"
        f"from l2 import {module}\n"
        "print(time.process_time() - start)\n"
    )
    best = min(float(_run(code)) for _ in range(5))
    assert best < 0.060
