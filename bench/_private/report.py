"""The results tables: whole-app medians, ratios, phase split, targets and output checks, as Markdown."""

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from _private.measure import Sample
from _private.variants import Variant

MIB = 1024


@dataclass
class Row:
    """The measured runs of one variant at one N."""

    variant: Variant
    units: int
    resources: int
    samples: list[Sample] = field(default_factory=list)
    busy_before: list[float] = field(default_factory=list)

    def median(self, metric: str) -> float:
        """Median of one ``Sample`` attribute over the runs."""
        return statistics.median(getattr(s, metric) for s in self.samples)

    def median_tree_mib(self) -> float | None:
        """Median sampled peak RSS of the process tree in MiB, or ``None`` if not sampled."""
        values = [s.tree_rss_kib for s in self.samples if s.tree_rss_kib is not None]
        return statistics.median(values) / MIB if values else None

    def median_phases(self) -> dict[str, float]:
        """Median of each phase the app reported, plus ``startup`` (wall less the phases)."""
        names = [
            n for n in ("import", "construct", "synth", "write") if all(n in s.phases for s in self.samples)
        ]
        phases = {n: statistics.median(s.phases[n] for s in self.samples) for n in names}
        if names:
            phases["startup+exit"] = statistics.median(
                s.wall - sum(s.phases[n] for n in names) for s in self.samples
            )
        return phases


@dataclass
class Results:
    """Everything one ``bench/run.py`` invocation measured."""

    command: str
    machine: str
    side_venv: str
    warmup: int
    runs: int
    max_busy: float = 0.5
    rows: list[Row] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)
    checks: list[tuple[int, str, bool, str]] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    loads: dict[int, str] = field(default_factory=dict)

    def row(self, key: str, units: int) -> Row | None:
        """The row of variant ``key`` at ``units``, if measured."""
        return next((r for r in self.rows if r.variant.key == key and r.units == units), None)


def _ratio(numerator: Row | None, denominator: Row | None, metric: str = "wall") -> str:
    """``a/b`` of the medians of ``metric``, with the speed-up spelled out."""
    if numerator is None or denominator is None:
        return "n/a"
    ratio = numerator.median(metric) / denominator.median(metric)
    return f"{ratio:.3f} ({1 / ratio:.1f}× faster)" if ratio < 1 else f"{ratio:.2f} ({ratio:.2f}× slower)"


def _busy_runs(results: Results) -> str:
    """How many measured runs started with more than ``max_busy`` cores in use by others."""
    readings = [b for row in results.rows for b in row.busy_before]
    busy = sum(1 for b in readings if b > results.max_busy)
    return f"{busy} of {len(readings)}"


def _targets(results: Results, units: Sequence[int]) -> list[str]:
    """The issue-7 targets as table rows: target, measured, met."""
    lines = ["| target | measured | met |", "|---|---|---|"]

    def add(target: str, value: float | None, text: str, ok: bool) -> None:
        lines.append(
            f"| {target} | {text if value is not None else 'not measured'} | "
            f"{('yes' if ok else '**no**') if value is not None else '–'} |"
        )

    pycdk, cdk, noval, tropo = (results.row(k, 100) for k in ("pycdk", "cdk", "cdk-noval", "troposphere"))

    def cpu(slow: Row, fast: Row) -> str:
        return f" (CPU time: {slow.median('cpu') / fast.median('cpu'):.1f}×)"

    if pycdk and cdk:
        x = cdk.median("wall") / pycdk.median("wall")
        add("N=100: ≥ 20× faster than aws-cdk-lib default", x, f"{x:.1f}×" + cpu(cdk, pycdk), x >= 20)
    else:
        add("N=100: ≥ 20× faster than aws-cdk-lib default", None, "", False)
    if pycdk and noval:
        x = noval.median("wall") / pycdk.median("wall")
        add(
            "N=100: ≥ 8× faster than aws-cdk-lib, CDK_VALIDATION=false",
            x,
            f"{x:.1f}×" + cpu(noval, pycdk),
            x >= 8,
        )
    else:
        add("N=100: ≥ 8× faster than aws-cdk-lib, CDK_VALIDATION=false", None, "", False)
    if pycdk and tropo:
        x = pycdk.median("wall") / tropo.median("wall")
        y = pycdk.median("cpu") / tropo.median("cpu")
        add("N=100: ≤ 2× troposphere's time", x, f"{x:.2f}× (CPU time: {y:.2f}×)", x <= 2)
    else:
        add("N=100: ≤ 2× troposphere's time", None, "", False)
    big, floor = results.row("pycdk", 1000), results.row("floor", 1000)
    if big and floor:
        x = big.median("wall") / floor.median("wall")
        y = big.median("cpu") / floor.median("cpu")
        add("N=1000: ≤ 3× the floor's time", x, f"{x:.2f}× (CPU time: {y:.2f}×)", x <= 3)
    else:
        add("N=1000: ≤ 3× the floor's time", None, "", False)
    if big and pycdk:
        per = [
            sum(r.median_phases().get(k, 0.0) for k in ("construct", "synth", "write")) / r.resources
            for r in (pycdk, big)
        ]
        x = per[1] / per[0]
        add(
            "cost per resource flat from N=100 to N=1000 (construct + synth + write per resource, ratio ≤ 1.2)",
            x,
            f"{per[0] * 1e6:.0f} µs → {per[1] * 1e6:.0f} µs ({x:.2f}×)",
            x <= 1.2,
        )
    else:
        add("cost per resource flat from N=100 to N=1000", None, "", False)
    if big:
        mib = big.median("max_rss_kib") / MIB
        add("N=1000: peak memory < 100 MiB", mib, f"{mib:.0f} MiB", mib < 100)
    else:
        add("N=1000: peak memory < 100 MiB", None, "", False)
    lines.append("| `from l2 import s3, sqs, lambda_, iam` (with constructs) < 120 ms | see Pieces below | |")
    return lines


def render(results: Results) -> str:
    """The whole results document."""
    units = sorted({r.units for r in results.rows})
    out = [
        "# pycdk benchmark results",
        "",
        f"Generated by `{results.command}`: per N, {results.warmup} warm-up round(s) then {results.runs} measured "
        "round(s); each round runs every tool once as a whole process, in rotating order. Medians. "
        "How to run it and what is measured: [README.md](README.md).",
        "",
        f"- Machine: {results.machine}",
        f"- {results.side_venv}",
        "- App: N units of `s3.Bucket(versioned=True)`, `sqs.Queue`, `lambda_.Function` (inline code), "
        "`bucket.grant_read(fn)`, `queue.grant_send_messages(fn)`; 5 resources per unit, 50 units per stack.",
        "",
    ]
    for key, reason in results.unavailable.items():
        out.append(f"- **{key}: not available yet** ({reason})")
    if results.unavailable:
        out.append("")
    out += [
        "## Whole app",
        "",
        "Peak RSS is the largest single process (`ru_maxrss`); for aws-cdk-lib the sum over its process tree "
        "(Python + 2 Node.js processes, sampled from /proc every 50 ms) is given too.",
        "",
        "The machine is shared, so wall times can include waiting for a CPU; CPU time does not. Before each "
        f"run the runner waited (up to a limit) until other processes used at most {results.max_busy} cores; "
        f"measured runs that started busier anyway: {_busy_runs(results)}. Load average (1, 5, 15 min) when "
        "each N started: " + "; ".join(f"N={n}: {load}" for n, load in results.loads.items()) + ".",
        "",
        "| N | resources | tool | wall s | CPU s | peak RSS MiB | tree peak MiB |",
        "|---:|---:|---|---:|---:|---:|---:|",
    ]
    for row in sorted(results.rows, key=lambda r: (r.units, r.median("wall"))):
        tree = row.median_tree_mib()
        out.append(
            f"| {row.units} | {row.resources} | {row.variant.label} | {row.median('wall'):.3f} | "
            f"{row.median('cpu'):.3f} | {row.median('max_rss_kib') / MIB:.0f} | "
            f"{f'{tree:.0f}' if tree is not None else '–'} |"
        )
    out += [
        "",
        "## Ratios of median wall time",
        "",
        "| N | tool | ÷ aws-cdk-lib | ÷ aws-cdk-lib (no validation) | ÷ troposphere | ÷ floor |",
        "|---:|---|---|---|---|---|",
    ]
    for n in units:
        for key in ("pycdk", "pycdk-l1"):
            row = results.row(key, n)
            if row is None:
                continue
            others = [results.row(k, n) for k in ("cdk", "cdk-noval", "troposphere", "floor")]
            out.append(f"| {n} | {row.variant.label} | " + " | ".join(_ratio(row, o) for o in others) + " |")
    if not any(results.row(k, n) for k in ("pycdk", "pycdk-l1") for n in units):
        out.append("| – | pycdk | not available yet | | | |")
    out += [
        "",
        "## Ratios of median CPU time",
        "",
        "CPU time counts every process of the tool (aws-cdk-lib: Python and Node.js) and no waiting.",
        "",
        "| N | tool | ÷ aws-cdk-lib | ÷ aws-cdk-lib (no validation) | ÷ troposphere | ÷ floor |",
        "|---:|---|---|---|---|---|",
    ]
    for n in units:
        for key in ("pycdk", "pycdk-l1"):
            row = results.row(key, n)
            if row is None:
                continue
            others = [results.row(k, n) for k in ("cdk", "cdk-noval", "troposphere", "floor")]
            out.append(
                f"| {n} | {row.variant.label} | " + " | ".join(_ratio(row, o, "cpu") for o in others) + " |"
            )
    out += [
        "",
        "## Time split (median seconds)",
        "",
        "Phases as each app reports them: import (its imports), construct (building the tree or dicts), synth "
        "(`app.synth()` / `to_json()`), write (for pycdk: JSON serialization inside `app.synth()`; for the "
        "floor and troposphere: dumping and writing files); startup+exit is the rest of the wall time "
        "(interpreter start, shutdown, for aws-cdk-lib also stopping Node.js).",
        "",
        "| N | tool | startup+exit | import | construct | synth | write | wall |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in sorted(results.rows, key=lambda r: (r.units, r.median("wall"))):
        ph = row.median_phases()
        cells = [
            f"{ph[k]:.3f}" if k in ph else "–"
            for k in ("startup+exit", "import", "construct", "synth", "write")
        ]
        out.append(
            f"| {row.units} | {row.variant.label} | " + " | ".join(cells) + f" | {row.median('wall'):.3f} |"
        )
    out += ["", "## Targets (issue 7)", "", *_targets(results, units), "", "## Output checks", ""]
    out += ["Each tool's templates (from its first run at each N) compared with aws-cdk-lib's:", ""]
    out += [f"- N={n}, {key}: {'ok' if ok else '**FAILED**'} — {msg}" for n, key, ok, msg in results.checks]
    if results.pieces:
        out += ["", "## Pieces", "", *results.pieces]
    return "\n".join(out) + "\n"
