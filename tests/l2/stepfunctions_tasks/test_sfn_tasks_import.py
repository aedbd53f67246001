"""Import cost and isolation of ``l2.stepfunctions_tasks``: its names load on first use."""

from __future__ import annotations

import subprocess
import sys

_LOADED = (
    "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
    "                      and not m.split('.')[1].startswith('_'))))\n"
)


def _loaded(statement: str) -> set[str]:
    code = f"import sys\n{statement}\n{_LOADED}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    return set(out.split(","))


def test_importing_stepfunctions_tasks_loads_no_service() -> None:
    assert _loaded("from l2 import stepfunctions_tasks") == {"l2.stepfunctions_tasks"}


def test_a_task_loads_only_stepfunctions() -> None:
    assert _loaded("from l2.stepfunctions_tasks import EcsRunTask, EmrCreateCluster, SageMakerCreateModel") == {
        "l1.stepfunctions", "l2.stepfunctions", "l2.stepfunctions_tasks"}


def test_every_public_name_is_exported_and_resolves() -> None:
    import l2.stepfunctions_tasks as tasks

    assert tasks.__all__ == sorted(tasks.__all__)
    for name in tasks.__all__:
        value = getattr(tasks, name)
        assert value.__name__ == name
        assert value.__module__.startswith("l2.stepfunctions_tasks._")
    public = {n for n, v in vars(tasks).items() if n[0].isupper() and getattr(v, "__module__", "").startswith(
        "l2.stepfunctions_tasks._")}
    assert sorted(public) == tasks.__all__
