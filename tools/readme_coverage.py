"""The README's service coverage table, from ``docs/coverage.md`` (which ``python -m tools.parity update`` writes).

Usage: ``python -m tools.readme_coverage [--check]``. The block between the README's ``coverage:start`` and
``coverage:end`` markers gets the two summary lines and one row per aws-cdk-lib module pycdk has L2 classes for
(modules with L1 classes only are counted in the summary, not listed); ``--check`` exits 1 when it is stale.
``tests/docs/test_readme.py`` runs the check.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
COVERAGE = REPO / "docs" / "coverage.md"
START = "<!-- coverage:start (python -m tools.readme_coverage) -->"
END = "<!-- coverage:end -->"
_CELL = re.compile(r"^(\d+%) \((\d+)/(\d+)\)$")


def _percent(cell: str) -> str:
    match = _CELL.match(cell.strip())
    return match.group(1) if match else cell.strip()


def block(coverage: str) -> str:
    """The README block for the text of ``docs/coverage.md``."""
    summaries = [line for line in coverage.splitlines() if line.startswith("**Summary")]
    rows = ["| aws-cdk-lib module | pycdk | classes | kwargs | members | params |", "|---|---|---|---|---|---|"]
    for line in coverage.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        module, pycdk, _l1, *measures = cells
        if pycdk == "—" or "(L1 only)" in pycdk or all(m == "—" for m in measures):
            continue
        rows.append(f"| {module} | {pycdk} | " + " | ".join(_percent(m) for m in measures) + " |")
    lines = [START]
    for summary in summaries:
        lines += [summary, ""]
    return "\n".join([*lines, *rows, END])


def render(readme: str, coverage: str) -> str:
    """``readme`` with its coverage block replaced."""
    head, found, rest = readme.partition(START)
    if not found or END not in rest:
        raise ValueError(f"README.md has no {START!r} ... {END!r} block")
    return head + block(coverage) + rest.split(END, 1)[1]


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with ``--check`` compare) the README's coverage block."""
    parser = argparse.ArgumentParser(prog="python -m tools.readme_coverage", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the README's block is stale")
    args = parser.parse_args(argv)
    readme = README.read_text(encoding="utf-8")
    updated = render(readme, COVERAGE.read_text(encoding="utf-8"))
    if args.check:
        if updated != readme:
            print("README.md's coverage table is stale: run python -m tools.readme_coverage", file=sys.stderr)
            return 1
        return 0
    if updated != readme:
        README.write_text(updated, encoding="utf-8")
        print(f"updated the coverage table in {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
