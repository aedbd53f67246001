"""Import time of each l2 service package, on top of ``constructs`` (the guide's budget: each under 60 ms).

Speed is measured here, in bench/, never in a timed unit test: the unit tests check only *what* an import loads
(tests/l2/*/test_*import*.py), this script measures how long it takes. For every package ``l2/<svc>/`` it runs a
fresh interpreter ``python -X importtime -c "import constructs, l2; import l2.<svc>"`` ``--runs`` times and keeps
the best (least disturbed) cumulative time of ``l2.<svc>`` itself, i.e. the service and everything it loads that
``constructs`` had not loaded already. Bytecode is compiled first (as ``pip install`` does), so the compiler is not
timed.

    python bench/imports.py                 # all packages, 5 runs each; writes bench/IMPORTS.md
    python bench/imports.py --runs 9 ec2    # some packages, printed only
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_US = 60_000
RESULTS = Path(__file__).resolve().parent / "IMPORTS.md"


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def packages() -> list[str]:
    """The l2 service packages (folders with an ``__init__.py``), sorted."""
    return sorted(p.parent.name for p in (ROOT / "l2").glob("*/__init__.py") if not p.parent.name.startswith("_"))


def best_import_us(service: str, runs: int) -> int:
    """The best cumulative ``-X importtime`` figure of ``l2.<service>`` over ``runs`` fresh processes."""
    module = f"l2.{service}"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best: int | None = None
    for _ in range(runs):
        result = subprocess.run(
            [_python(), "-X", "importtime", "-c", f"import constructs, l2\nimport {module}\n"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=True,
        )
        for line in result.stderr.splitlines():
            parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
            if len(parts) == 3 and parts[2] == module:
                cumulative = int(parts[1])
                best = cumulative if best is None else min(best, cumulative)
    if best is None:
        raise RuntimeError(f"{module} did not show in -X importtime's output")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("services", nargs="*", help="l2 package names (default: all)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per package (the best is kept)")
    args = parser.parse_args(argv)
    compileall.compile_dir(str(ROOT / "constructs"), quiet=1)
    compileall.compile_dir(str(ROOT / "l1"), quiet=1)
    compileall.compile_dir(str(ROOT / "l2"), quiet=1)
    services = args.services or packages()
    rows = [(service, best_import_us(service, args.runs)) for service in services]
    over = [service for service, us in rows if us >= BUDGET_US]
    lines = [
        "# Import time of each l2 package (on top of `constructs`)",
        "",
        f"Written by `python bench/imports.py` (best of {args.runs} fresh processes, `-X importtime` cumulative time of "
        "`l2.<svc>`, bytecode compiled). Budget: each under 60 ms.",
        "",
        "| package | ms | within 60 ms |",
        "|---|---|---|",
        *(f"| l2.{service} | {us / 1000:.1f} | {'yes' if us < BUDGET_US else '**no**'} |" for service, us in rows),
        "",
        f"{len(rows) - len(over)} of {len(rows)} packages within the budget"
        + (f"; over: {', '.join(over)}." if over else "."),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.services:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
