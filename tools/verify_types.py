"""``pyright --verifytypes`` scores of pycdk's packages: how much of each public API a type checker knows.

Usage: ``python -m tools.verify_types [--min PERCENT] [package ...]`` (default: constructs, l1, l2, patterns).

pyright must be installed (the ``test`` extra) and see pycdk installed in the running environment (``pip install
-e .``). ``l1`` takes minutes (47 000 symbols); ``constructs`` seconds, which is what the test suite checks
(``tests/typing/test_verify_types.py``). ``--exclude-prefix`` leaves symbols of packages still being built out of
the score (recomputed from pyright's JSON report).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT = ("constructs", "l1", "l2", "patterns")


def pyright() -> str:
    """The pyright executable beside this interpreter, or on PATH."""
    beside = Path(sys.executable).with_name("pyright")
    found = str(beside) if beside.exists() else shutil.which("pyright")
    if found is None:
        raise SystemExit("pyright is not installed: pip install -e '.[test]'")
    return found


def score(package: str, exclude_prefixes: tuple[str, ...] = ()) -> tuple[float, dict[str, int]]:
    """The completeness score (percent) of ``package`` and pyright's symbol counts."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [pyright(), "--verifytypes", package, "--ignoreexternal", "--outputjson"],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parent.parent, timeout=1800,
    )
    report = json.loads(done.stdout)["typeCompleteness"]
    counts: dict[str, int] = report["exportedSymbolCounts"]
    if not exclude_prefixes:
        return 100 * report["completenessScore"], counts
    known = total = 0
    for symbol in report["symbols"]:
        if symbol.get("isExported") and not symbol["name"].startswith(exclude_prefixes):
            total += 1
            known += bool(symbol.get("isTypeKnown"))
    return (100 * known / total if total else 0.0), {"withKnownType": known, "total": total}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", default=list(DEFAULT))
    parser.add_argument("--min", type=float, default=None, help="exit 1 when a score is below this (percent)")
    parser.add_argument("--exclude-prefix", default="", help="comma-separated symbol prefixes to leave out")
    args = parser.parse_args(argv)
    prefixes = tuple(p for p in args.exclude_prefix.split(",") if p)
    worst = 100.0
    for package in args.packages:
        value, counts = score(package, prefixes)
        worst = min(worst, value)
        print(f"{package:12} {value:6.1f} %  {counts}")
    return 1 if args.min is not None and worst < args.min else 0


if __name__ == "__main__":
    raise SystemExit(main())
