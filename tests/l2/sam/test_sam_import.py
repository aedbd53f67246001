"""Importing ``l2.sam`` loads no other service, and its typed helpers cost little on top of ``l1.sam``."""

from __future__ import annotations

import subprocess
import sys

import l1.sam
from l2 import sam


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_reexports_the_l1_classes() -> None:
    assert l1.sam.__all__
    for name in l1.sam.__all__:
        assert getattr(sam, name) is getattr(l1.sam, name)
        assert name in sam.__all__
    assert {"DynamoDBCrudPolicy", "DeploymentPreference", "TrafficShifting", "POLICY_TEMPLATES"} <= set(sam.__all__)


def test_importing_loads_no_other_service() -> None:
    out = _run(
        "import sys\n"
        "from l2 import sam\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    assert set(out.split(",")) == {"l1.sam", "l2.sam"}
