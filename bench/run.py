"""Benchmark pycdk against aws-cdk-lib, troposphere and a plain-dict floor; write bench/RESULTS.md.

Usage: ``python bench/run.py [--app compute] [--units 10,100,1000] [--runs N] [--warmup N] [--quick]
[--only KEYS] [--max-busy CORES] [--quiet-timeout S] [--quiet-budget S] [--no-pieces] [--no-write]``;
``--help`` says more, bench/README.md says what is measured.
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _private import checks
from _private.machine import machine_line
from _private.measure import RunFailed, run_once, wait_for_quiet
from _private.paths import APPS_DIR, REPO_DIR, RESULTS_FILE, SIDE_PYTHON, pycdk_python
from _private.report import Results, Row, render
from _private.sidevenv import ensure_side_venv
from _private.variants import ALL_VARIANTS, CDK, FLOOR, PYCDK, Variant

# The compute app (issue 15): a VPC and a load-balanced Fargate service per unit. Same keys as the default app's
# tools, so the checks, ratios and tables work unchanged; `--app compute` runs these instead.
COMPUTE_VARIANTS = (
    Variant("pycdk", "pycdk (L2), compute app", pycdk_python(), APPS_DIR / "pycdk_compute_app.py"),
    Variant(
        "cdk",
        "aws-cdk-lib 2.275 (default), compute app",
        SIDE_PYTHON,
        APPS_DIR / "cdk_compute_app.py",
        multi_process=True,
    ),
    Variant(
        "cdk-noval",
        "aws-cdk-lib 2.275 (CDK_VALIDATION=false), compute app",
        SIDE_PYTHON,
        APPS_DIR / "cdk_compute_app.py",
        env=(("CDK_VALIDATION", "false"),),
        multi_process=True,
    ),
)
COMPUTE_APP_LINE = (
    "- App: N units of `ec2.Vpc(max_azs=2, nat_gateways=1)`, `ecs.Cluster` and "
    "`ApplicationLoadBalancedFargateService` (registry image, CPU target-tracking scaling); 37 resources per "
    "unit, 10 units per stack (`apps/cdk_compute_app.py`, `apps/pycdk_compute_app.py`)."
)
COMPUTE_MARK = "<!-- compute app: written by `python bench/run.py --app compute` -->"


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--app",
        choices=("default", "compute"),
        default="default",
        help="the default app (bucket, queue, function per unit) or the compute app (VPC + Fargate service per "
        "unit: pycdk and aws-cdk-lib only, N=100, results in RESULTS.md's compute section)",
    )
    parser.add_argument(
        "--units", default="10,100,1000", help="comma-separated unit counts (default 10,100,1000)"
    )
    parser.add_argument("--runs", type=int, default=5, help="measured rounds per N (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up rounds per N, not counted (default 1)")
    parser.add_argument(
        "--quick", action="store_true", help="N=10,100, 1 warm-up and 1 run, no pieces, no file"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated tool keys: " + ",".join(v.key for v in ALL_VARIANTS)
    )
    parser.add_argument(
        "--max-busy",
        type=float,
        default=0.5,
        help="before each run, wait until other processes use at most this many cores (default 0.5)",
    )
    parser.add_argument(
        "--quiet-timeout",
        type=float,
        default=10,
        help="longest wait for that per run, in seconds (default 10)",
    )
    parser.add_argument(
        "--quiet-budget",
        type=float,
        default=240,
        help="longest total wait for quiet, in seconds (default 240)",
    )
    parser.add_argument(
        "--no-pieces", action="store_true", help="skip the pieces benchmark (bench/pieces.py)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print the results but do not write RESULTS.md"
    )
    args = parser.parse_args(argv)
    if args.app == "compute":
        args.no_pieces = True
        if args.units == parser.get_default("units"):
            args.units = "100"
    if args.quick:
        args.units, args.runs, args.warmup, args.no_pieces, args.no_write = "10,100", 1, 1, True, True
        args.quiet_budget = min(args.quiet_budget, 30.0)
    return args


def _select(only: str, pool: tuple[Variant, ...] = ALL_VARIANTS) -> list[Variant]:
    keys = {k.strip() for k in only.split(",") if k.strip()}
    unknown = keys - {v.key for v in pool}
    if unknown:
        raise SystemExit(f"unknown tool key(s): {', '.join(sorted(unknown))}")
    return [v for v in pool if not keys or v.key in keys]


def _measure_n(
    variants: list[Variant],
    units: int,
    args: argparse.Namespace,
    outputs: Path,
    failed: dict[str, str],
) -> list[Row]:
    """Run every variant ``warmup + runs`` times at ``units``, alternating; keep each first run's output.

    A variant whose run fails is dropped from ``variants`` and recorded in ``failed`` with the reason.
    """
    warmup, runs = args.warmup, args.runs
    rows = {v.key: Row(v, units, 0) for v in variants}
    for round_no in range(warmup + runs):
        shift = round_no % len(variants) if variants else 0
        order = variants[shift:] + variants[:shift]
        kind = "warm-up" if round_no < warmup else f"run {round_no - warmup + 1}/{runs}"
        print(f"  N={units} {kind}:", end="", flush=True)
        for variant in order:
            keep = outputs / variant.key if round_no == 0 else None
            waited = time.monotonic()
            busy = wait_for_quiet(args.max_busy, min(args.quiet_timeout, args.quiet_budget))
            args.quiet_budget = max(0.0, args.quiet_budget - (time.monotonic() - waited))
            try:
                sample = run_once(
                    variant.command,
                    units,
                    env=variant.environment(),
                    sample_tree=variant.multi_process,
                    keep_outdir=keep,
                )
            except RunFailed as error:
                failed[variant.key] = f"failed at N={units}: {str(error).strip().splitlines()[-1]}"
                variants.remove(variant)
                del rows[variant.key]
                print(f" {variant.key} FAILED", end="", flush=True)
                continue
            if keep is not None:
                rows[variant.key].resources = checks.resource_count(keep)
            if round_no >= warmup:
                rows[variant.key].samples.append(sample)
                rows[variant.key].busy_before.append(busy)
            print(f" {variant.key} {sample.wall:.3f}s", end="", flush=True)
        print(flush=True)
    return list(rows.values())


def _check_n(variants: list[Variant], units: int, outputs: Path) -> list[tuple[int, str, bool, str]]:
    """Compare each variant's first output at ``units`` with aws-cdk-lib's."""
    if all(v.key != CDK.key for v in variants):
        return []
    found = []
    for variant in variants:
        if variant.key.startswith("cdk"):
            continue
        byte_identical = variant.key in (FLOOR.key, PYCDK.key)
        ok, message = checks.compare(outputs / CDK.key, outputs / variant.key, byte_identical=byte_identical)
        found.append((units, variant.key, ok, message))
    return found


def _compile_pycdk() -> str:
    """Write pycdk's bytecode files, as ``pip install`` does for an installed package.

    Without them (a fresh clone, or ``PYTHONDONTWRITEBYTECODE`` set as on CI) every run would compile the
    modules it imports, and the import time would measure the compiler. The side venv's packages were
    compiled by pip when they were installed.
    """
    started = time.monotonic()
    subprocess.run(
        [str(pycdk_python()), "-m", "compileall", "-q", "-j", "0", "constructs", "l1", "l2", "patterns", "assertions"],
        cwd=REPO_DIR,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return f"pycdk bytecode compiled (compileall) in {time.monotonic() - started:.1f} s"


def _compute_section(text: str, results: Results) -> str:
    """The compute app's results as a section of RESULTS.md: its app line, issue 15's target, headings demoted."""
    lines = text.splitlines()
    out = ["## Compute app (issue 15)"]
    skipping = False
    for line in lines[1:]:
        if line.startswith("- App: "):
            line = COMPUTE_APP_LINE
        if line.startswith("## Targets"):
            skipping = True
            out += ["### Target (issue 15)", ""]
            pycdk, cdk = results.row("pycdk", 100), results.row("cdk", 100)
            if pycdk and cdk:
                x = cdk.median("wall") / pycdk.median("wall")
                y = cdk.median("cpu") / pycdk.median("cpu")
                met = "yes" if x >= 15 else "**no**"
                out += [
                    "| target | measured | met |",
                    "|---|---|---|",
                    f"| N=100: ≥ 15× faster than aws-cdk-lib default | {x:.1f}× (CPU time: {y:.1f}×) | {met} |",
                    "",
                ]
            else:
                out += ["N=100 not measured.", ""]
            continue
        if skipping and not line.startswith("## Output checks"):
            continue
        skipping = False
        out.append("#" + line if line.startswith("## ") else line)
    return "\n".join(out) + "\n"


def _merge_results(text: str, app: str) -> str:
    """RESULTS.md with ``text`` as its main part (default app) or as its compute section (kept across runs)."""
    old = RESULTS_FILE.read_text() if RESULTS_FILE.exists() else ""
    main_part, marked, compute_part = old.partition(COMPUTE_MARK)
    if app == "compute":
        return main_part.rstrip("\n") + "\n\n" + COMPUTE_MARK + "\n\n" + text
    return text + ("\n" + COMPUTE_MARK + compute_part if marked else "")


def main(argv: list[str]) -> int:
    """Run the benchmark; return the exit status (1 if an output check failed)."""
    args = _parse(argv)
    unit_counts = [int(u) for u in args.units.split(",")]
    side_line = ensure_side_venv()
    print(side_line)
    print(_compile_pycdk())
    results = Results(
        command="python bench/run.py " + shlex.join(argv) if argv else "python bench/run.py",
        machine=machine_line(pycdk_python()),
        side_venv=side_line,
        warmup=args.warmup,
        runs=args.runs,
        max_busy=args.max_busy,
    )
    print(f"Machine: {results.machine}")
    variants = []
    for variant in _select(args.only, COMPUTE_VARIANTS if args.app == "compute" else ALL_VARIANTS):
        reason = variant.unavailable_reason()
        if reason is None:
            variants.append(variant)
        else:
            results.unavailable[variant.key] = reason
            print(f"{variant.key}: not available yet ({reason})")
    for units in unit_counts:
        results.loads[units] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        with tempfile.TemporaryDirectory(prefix="pycdk-bench-outputs-") as outputs:
            results.rows += _measure_n(variants, units, args, Path(outputs), results.unavailable)
            results.checks += _check_n(variants, units, Path(outputs))
    if not args.no_pieces:
        import pieces

        results.pieces = pieces.markdown(pieces.measure(runs=max(args.runs, 3)))
    text = render(results)
    if args.app == "compute":
        text = _compute_section(text, results)
    print()
    print(text)
    if not args.no_write:
        RESULTS_FILE.write_text(_merge_results(text, args.app))
        print(f"Wrote {RESULTS_FILE}")
    return 0 if all(ok for _, key, ok, _ in results.checks if key != "pycdk") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
