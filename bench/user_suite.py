"""Time a user's test suite: ``user_suite/test_user_suite.py`` (200 small tests, each building one stack and
asserting its template) on pycdk and aws-cdk-lib, and the cost of ``App()`` + ``Stack()`` in a process that has
imported every L1 module.

Run as ``python bench/user_suite.py [--runs 3] [--skip-cdk] [--pycdk-path DIR]``. Each suite run is a whole
``python -m pytest`` process (wall time around it, CPU time from ``os.wait4``); the table shows medians.
``--pycdk-path`` puts an other checkout of pycdk (e.g. ``git archive <commit> constructs l1 l2 assertions
patterns | tar -x -C DIR``) first on ``PYTHONPATH``, to measure a before/after. aws-cdk-lib runs with the oracle
venv's interpreter (``.venvs/oracle``, with pytest installed), else the benchmark's side venv (``bench/.venv``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _private.measure import RunFailed, Sample, run_command, wait_for_quiet
from _private.paths import BENCH_DIR, REPO_DIR, SIDE_PYTHON, pycdk_python, quiet_node_env

SUITE_DIR = BENCH_DIR / "user_suite"
ORACLE_PYTHON = REPO_DIR / ".venvs" / "oracle" / "bin" / "python"

APP_STACK_PROBE = """
import importlib, json, pkgutil, sys, time
import l1
for m in pkgutil.iter_modules(l1.__path__):
    if not m.name.startswith("_"):
        importlib.import_module("l1." + m.name)
import constructs as cdk
costs = []
for _ in range(21):
    start = time.perf_counter()
    app = cdk.App()
    cdk.Stack(app, "Stack")
    costs.append(time.perf_counter() - start)
costs.sort()
print(json.dumps({"median": costs[10], "max": costs[-1]}))
"""


def _suite_command(python: Path) -> list[str]:
    return [str(python), "-m", "pytest", "-c", str(SUITE_DIR / "pytest.ini"), "--rootdir", str(SUITE_DIR),
            str(SUITE_DIR / "test_user_suite.py")]


def _median(samples: list[Sample]) -> tuple[float, float]:
    return statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples)


def _app_stack_cost(env: dict[str, str]) -> str:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        out = subprocess.run([str(pycdk_python()), "-c", APP_STACK_PROBE], capture_output=True, text=True,
                             env=env, cwd=work, check=True).stdout
    import json

    result = json.loads(out)
    return f"median {result['median'] * 1000:.2f} ms, slowest of 21 {result['max'] * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="measured runs per suite (default 3)")
    parser.add_argument("--skip-cdk", action="store_true", help="do not run the suite on aws-cdk-lib")
    parser.add_argument("--pycdk-path", type=Path, help="a pycdk checkout to put first on PYTHONPATH")
    args = parser.parse_args()

    env = dict(os.environ)
    label = "pycdk"
    if args.pycdk_path:
        env["PYTHONPATH"] = os.pathsep.join([str(args.pycdk_path.resolve()), env.get("PYTHONPATH", "")]).rstrip(":")
        label = f"pycdk ({args.pycdk_path})"
    print(f"App() + Stack() with every L1 module imported, {label}: {_app_stack_cost(env)}")

    suites: list[tuple[str, list[str], dict[str, str]]] = [
        (label, _suite_command(pycdk_python()), env),
        (f"{label}, every L1 module imported first", _suite_command(pycdk_python()), {**env, "USER_SUITE_ALL_L1": "1"}),
    ]
    if not args.skip_cdk:
        cdk_python = ORACLE_PYTHON if ORACLE_PYTHON.exists() else SIDE_PYTHON
        suites.append(("aws-cdk-lib 2.275", _suite_command(cdk_python), {**quiet_node_env(),
                                                                           "USER_SUITE_LIB": "aws-cdk-lib"}))
    print(f"\n200-test user suite ({args.runs} runs each, medians; whole `python -m pytest` process):\n")
    print("| suite | wall | CPU |\n|---|---|---|")
    failed = False
    for name, argv, run_env in suites:
        samples: list[Sample] = []
        for _ in range(args.runs):
            wait_for_quiet(0.5, 5)
            try:
                samples.append(run_command(argv, env=run_env))
            except RunFailed as error:
                print(f"{name}: a run failed: {error}", file=sys.stderr)
                failed = True
        if samples:
            wall, cpu = _median(samples)
            note = "" if len(samples) == args.runs else f" ({args.runs - len(samples)} run(s) failed)"
            print(f"| {name}{note} | {wall:.2f} s | {cpu:.2f} s |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
