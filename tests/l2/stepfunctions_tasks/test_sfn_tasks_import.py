"""Import cost and isolation of ``l2.stepfunctions_tasks``."""

from __future__ import annotations

import subprocess
import sys


def test_importing_stepfunctions_tasks_loads_only_stepfunctions() -> None:
    code = (
        "import sys\n"
        "from l2 import stepfunctions_tasks\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {"l1.stepfunctions", "l2.stepfunctions", "l2.stepfunctions_tasks"}


def test_every_public_name_is_exported() -> None:
    import l2.stepfunctions_tasks as tasks

    assert sorted(tasks.__all__) == sorted(n for n in vars(tasks) if not n.startswith("_") and n[0].isupper())
