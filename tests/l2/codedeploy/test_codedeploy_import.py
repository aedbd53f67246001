"""Importing ``l2.codedeploy`` loads no other service: Lambda, IAM, S3, EC2, Auto Scaling, load balancers and
custom resources load when a construct first needs them."""

from __future__ import annotations

import subprocess
import sys


def test_importing_loads_no_other_service() -> None:
    out = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from l2 import codedeploy\n"
         "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
         "                      and not m.split('.')[1].startswith('_'))))\n"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert set(out.split(",")) == {"l1.codedeploy", "l2.codedeploy"}
