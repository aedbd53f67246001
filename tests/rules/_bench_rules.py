"""Measure what the security pack adds to the synthesis of the benchmark's L2 app (``bench/apps/pycdk_app.py``).

    .venv/bin/python tests/rules/_bench_rules.py [UNITS=100] [RUNS=11]

Each run is a fresh process (``python _bench_rules.py --run MODE UNITS OUTDIR``) into a fresh folder; the modes
``plain`` (no plugin) and ``security`` (``App(policy_validation_beta1=[SecurityPack()])``: the pack runs, the
report is written and printed, synthesis then fails on the error findings, as it would for a user) alternate,
and the medians of the CPU time (user + system, ``os.wait4``) and wall time are printed, with the time the pack
itself takes inside the process (``validate``). pycdk's bytecode is compiled first, as ``bench/run.py`` does (with
``PYTHONDONTWRITEBYTECODE`` set, every run would otherwise time the compiler).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _child(mode: str, units: int, outdir: str) -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "bench" / "apps")]
    from pycdk_app import build  # the benchmark's app

    import constructs as cdk

    plugins = []
    spent = [0.0]
    if mode == "security":
        from pycdk.rules import SecurityPack

        class Timed(SecurityPack):
            def validate(self, context):  # type: ignore[no-untyped-def]
                t = time.process_time()
                try:
                    return super().validate(context)
                finally:
                    spent[0] += time.process_time() - t

        plugins = [Timed()]
    app = cdk.App(outdir=outdir, policy_validation_beta1=plugins or None)
    build(app, units)
    sys.stderr = open(os.devnull, "w")  # the printed report
    try:
        app.synth()
    except cdk.UnscopedValidationError:
        pass
    print(json.dumps({"validate": spent[0]}))


def _run(mode: str, units: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--run", mode, str(units), tmp], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        assert status == 0, f"{mode} failed"
        return usage.ru_utime + usage.ru_stime, wall, json.loads(out)["validate"]


def main() -> None:
    units = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    import compileall

    for package in ("constructs", "l1", "l2", "pycdk"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    results: dict[str, list[tuple[float, float, float]]] = {"plain": [], "security": []}
    _run("plain", units), _run("security", units)  # warm-up
    for i in range(runs):
        for mode in (("plain", "security") if i % 2 == 0 else ("security", "plain")):
            results[mode].append(_run(mode, units))
    cpu = {m: statistics.median(r[0] for r in rs) for m, rs in results.items()}
    wall = {m: statistics.median(r[1] for r in rs) for m, rs in results.items()}
    inside = statistics.median(r[2] for r in results["security"])
    print(f"{units * 5} resources, {runs} + {runs} runs, medians")
    print(f"CPU  plain {cpu['plain']:.3f} s -> security {cpu['security']:.3f} s "
          f"({100 * (cpu['security'] / cpu['plain'] - 1):+.1f} %)")
    print(f"wall plain {wall['plain']:.3f} s -> security {wall['security']:.3f} s "
          f"({100 * (wall['security'] / wall['plain'] - 1):+.1f} %)")
    print(f"the pack's validate() alone: {inside * 1000:.0f} ms CPU ({100 * inside / cpu['plain']:.1f} % of plain)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        _child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        main()
