"""Importing ``l2.kinesisfirehose`` loads no other L2 service (destinations import theirs when bound)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_kinesisfirehose_loads_no_other_l2_service() -> None:
    code = (
        "import sys\n"
        "from l2 import kinesisfirehose\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {"l1.kinesisfirehose", "l2.kinesisfirehose"}
