"""Import isolation of ``l2.batch`` and its re-export of the L1 classes."""

from __future__ import annotations

import subprocess
import sys


def test_importing_batch_loads_only_its_own_modules() -> None:
    # ec2, ecs, iam, efs, logs... load when a construct needs them
    code = (
        "import sys\n"
        "from l2 import batch\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {"l1.batch", "l2.batch"}


def test_every_l1_class_is_reexported() -> None:
    import l1.batch
    import l2.batch

    assert l1.batch.__all__
    for name in l1.batch.__all__:
        assert getattr(l2.batch, name) is getattr(l1.batch, name)
    assert set(l1.batch.__all__) < set(l2.batch.__all__)
