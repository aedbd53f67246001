"""Importing l2.kms (and so l2.iam) loads no unrelated service modules."""

from __future__ import annotations

import subprocess
import sys


def test_l2_kms_loads_only_iam_and_kms() -> None:
    code = (
        "import sys; from l2 import kms; "
        "print(sorted(m for m in sys.modules if m.startswith(('l1.', 'l2.')) and '_private' not in m "
        "and m.count('.') == 1))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == str(["l1.kms", "l2.iam", "l2.kms"])  # l2.iam loads its names (and l1.iam) on first use
