"""The second benchmark: pieces of pycdk on their own, each next to its aws-cdk-lib or troposphere peer.

Usage: ``python bench/pieces.py [--runs N]`` prints a Markdown table; ``bench/run.py`` includes it in
RESULTS.md. Each piece runs as a fresh process (1 warm-up, then N runs, medians), after waiting up to 3 s
for the machine to be quiet. "in-process" is the
time the piece itself takes (imports timed from inside the process); "process" is the whole process's
wall time. A piece whose pycdk part does not work yet is reported as not available, with the reason.
"""

import argparse
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _private.measure import RunFailed, Sample, run_command, wait_for_quiet
from _private.paths import APPS_DIR, SIDE_PYTHON, pycdk_python, quiet_node_env

IMPORT_TARGET_SECONDS = 0.120
MAX_BUSY_CORES = 0.5  # before each run, wait until other processes use at most this many cores ...
QUIET_TIMEOUT = 3.0  # ... for at most this many seconds


def _import_snippet(statements: str) -> str:
    """Python code that times ``statements`` and writes ``{"in_process": seconds}`` to the phases file."""
    return (
        "import time; _t = time.perf_counter()\n"
        f"{statements}\n"
        "_t = time.perf_counter() - _t\n"
        "import json, os; open(os.environ['BENCH_PHASES_FILE'], 'w').write(json.dumps({'in_process': _t}))\n"
    )


@dataclass(frozen=True)
class Piece:
    """One measured piece.

    Attributes:
        name: what is measured.
        tool: ``pycdk`` or the peer it is compared with.
        argv: the command line (``{outdir}`` is replaced by a fresh folder).
        in_process: the phase (or phases, summed) that is the piece's own time.
        node: runs aws-cdk-lib (quiet its Node.js banner).
    """

    name: str
    tool: str
    argv: tuple[str, ...]
    in_process: tuple[str, ...] = ("in_process",)
    node: bool = False


def _pieces() -> list[Piece]:
    py, side = str(pycdk_python()), str(SIDE_PYTHON)
    cli = Path(py).parent / "pycdk"
    app_100 = f"{py} {APPS_DIR / 'pycdk_app.py'} 100"
    return [
        Piece("import constructs", "pycdk", (py, "-c", _import_snippet("import constructs\nconstructs.App"))),
        Piece("import aws_cdk", "aws-cdk-lib", (side, "-c", _import_snippet("import aws_cdk")), node=True),
        Piece(
            "constructs + `from l2 import s3, sqs, lambda_, iam`",
            "pycdk",
            (py, "-c", _import_snippet("import constructs\nfrom l2 import s3, sqs, lambda_, iam")),
        ),
        Piece(
            "aws_cdk + aws_s3, aws_sqs, aws_lambda, aws_iam",
            "aws-cdk-lib",
            (
                side,
                "-c",
                _import_snippet("import aws_cdk\nfrom aws_cdk import aws_s3, aws_sqs, aws_lambda, aws_iam"),
            ),
            node=True,
        ),
        Piece(
            "troposphere + s3, sqs, awslambda, iam",
            "troposphere",
            (
                side,
                "-c",
                _import_snippet("import troposphere\nfrom troposphere import s3, sqs, awslambda, iam"),
            ),
        ),
        Piece("`from l1 import ec2`", "pycdk", (py, "-c", _import_snippet("from l1 import ec2"))),
        Piece(
            "`from aws_cdk import aws_ec2`",
            "aws-cdk-lib",
            (side, "-c", _import_snippet("from aws_cdk import aws_ec2")),
            node=True,
        ),
        Piece("troposphere ec2", "troposphere", (side, "-c", _import_snippet("from troposphere import ec2"))),
        Piece(
            "Template.from_stack + 100 assertions, 500 resources",
            "pycdk",
            (py, str(APPS_DIR / "pycdk_assertions_app.py"), "100"),
            ("from_stack", "assertions"),
        ),
        Piece(
            "Template.from_stack + 100 assertions, 500 resources",
            "aws-cdk-lib",
            (side, str(APPS_DIR / "cdk_assertions_app.py"), "100"),
            ("from_stack", "assertions"),
            node=True,
        ),
        Piece(
            "`python bench/apps/pycdk_app.py 100 DIR` (no CLI, for comparison)",
            "pycdk",
            (py, str(APPS_DIR / "pycdk_app.py"), "100", "{outdir}"),
            (),
        ),
        Piece(
            "`pycdk synth -q --app 'python bench/apps/pycdk_app.py 100' --output DIR`",
            "pycdk",
            (str(cli), "synth", "-q", "--app", app_100, "--output", "{outdir}"),
            (),
        ),
    ]


@dataclass(frozen=True)
class PieceResult:
    """The medians of one piece, or why it could not run."""

    piece: Piece
    in_process: float | None = None
    wall: float | None = None
    rss_mib: float | None = None
    phases: dict[str, float] | None = None
    unavailable: str | None = None


def _run(piece: Piece, runs: int) -> PieceResult:
    """Warm up once, then measure ``runs`` times; report the medians or why it failed."""
    if not Path(piece.argv[0]).exists():
        return PieceResult(
            piece, unavailable=f"no `{Path(piece.argv[0]).name}` command in {Path(piece.argv[0]).parent}"
        )
    env = quiet_node_env() if piece.node else None
    samples: list[Sample] = []
    for i in range(runs + 1):
        outdir = tempfile.mkdtemp(prefix="pycdk-bench-piece-")
        wait_for_quiet(MAX_BUSY_CORES, QUIET_TIMEOUT)
        try:
            sample = run_command([a.replace("{outdir}", outdir) for a in piece.argv], env=env)
        except RunFailed as error:
            return PieceResult(piece, unavailable=str(error).strip().splitlines()[-1])
        finally:
            shutil.rmtree(outdir, ignore_errors=True)
        if i:
            samples.append(sample)
    phases = {k: statistics.median(s.phases[k] for s in samples) for k in samples[0].phases}
    own = sum(phases[k] for k in piece.in_process) if piece.in_process else None
    return PieceResult(
        piece,
        in_process=own,
        wall=statistics.median(s.wall for s in samples),
        rss_mib=statistics.median(s.max_rss_kib for s in samples) / 1024,
        phases=phases,
    )


def measure(runs: int = 5) -> list[PieceResult]:
    """Measure every piece; print progress."""
    results = []
    for piece in _pieces():
        result = _run(piece, runs)
        status = f"{result.wall:.3f}s" if result.wall is not None else f"not available ({result.unavailable})"
        print(f"  piece: {piece.tool}: {piece.name}: {status}", flush=True)
        results.append(result)
    return results


def markdown(results: list[PieceResult]) -> list[str]:
    """The pieces as Markdown lines (a table and the import target)."""
    lines = [
        "Each piece is a fresh process, 1 warm-up then medians. in-process: the piece's own time (imports timed "
        "inside the process; for assertions `Template.from_stack` + the 100 assertions, without building the "
        "app); process: whole-process wall time.",
        "",
        "| piece | tool | in-process s | process wall s | peak RSS MiB | detail |",
        "|---|---|---:|---:|---:|---|",
    ]
    for r in results:
        if r.unavailable is not None:
            lines.append(
                f"| {r.piece.name} | {r.piece.tool} | – | – | – | not available yet: {r.unavailable} |"
            )
            continue
        detail = ", ".join(f"{k} {v:.3f}" for k, v in (r.phases or {}).items() if k != "in_process")
        own = f"{r.in_process:.3f}" if r.in_process is not None else "–"
        lines.append(
            f"| {r.piece.name} | {r.piece.tool} | {own} | {r.wall:.3f} | {r.rss_mib:.0f} | {detail} |"
        )
    l2 = next((r for r in results if r.piece.name.startswith("constructs + `from l2")), None)
    if l2 is not None and l2.in_process is not None:
        met = "met" if l2.in_process < IMPORT_TARGET_SECONDS else "**not met**"
        lines += [
            "",
            f"Target: constructs + l2 services import in < 120 ms: {l2.in_process * 1000:.0f} ms, {met}.",
        ]
    else:
        lines += [
            "",
            "Target: constructs + l2 services import in < 120 ms: not measured (not available yet).",
        ]
    return lines


def main(argv: list[str]) -> int:
    """Measure the pieces and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per piece (default 5)")
    args = parser.parse_args(argv)
    print("\n".join(markdown(measure(args.runs))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
