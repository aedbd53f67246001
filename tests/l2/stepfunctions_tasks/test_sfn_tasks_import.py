"""Import cost and isolation of ``l2.stepfunctions_tasks``."""

from __future__ import annotations

import subprocess
import sys


def _best_import_time(code: str, module: str, bound_us: int) -> int:
    # as `python -X importtime` reports it; the best of up to nine fresh interpreters (the shared machine's load
    # makes single runs several times slower), stopping at the first under the bound
    best: int | None = None
    for _ in range(9):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                             check=True).stderr
        took = int(next(line for line in err.splitlines() if line.rstrip().endswith(f"| {module}")).split("|")[1])
        best = took if best is None else min(best, took)
        if best < bound_us:
            break
    assert best is not None
    return best


def test_importing_stepfunctions_tasks_takes_under_60_ms() -> None:
    # the module's own cost once the core and the module aws-cdk-lib's depends on (stepfunctions) are loaded
    code = "import constructs, l2\nfrom l2 import stepfunctions\nfrom l2 import stepfunctions_tasks\n"
    assert _best_import_time(code, "l2.stepfunctions_tasks", 60_000) < 60_000


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
