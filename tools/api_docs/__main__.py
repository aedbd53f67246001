"""``python -m tools.api_docs [--out DIR] [MODULE ...]``: build the API reference (default: all of it)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tools.api_docs import DEFAULT_OUT, all_modules, broken_links, build


def main(argv: list[str] | None = None) -> int:
    """Build the reference; exit 1 when pdoc warns or a link between the pages is broken."""
    parser = argparse.ArgumentParser(prog="python -m tools.api_docs", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    parser.add_argument("modules", nargs="*", help="modules to document (default: the full reference)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = build(args.modules or all_modules(), args.out)
    broken = broken_links(args.out)
    for message in result.warnings:
        print(f"warning: {message}", file=sys.stderr)
    for link in broken:
        print(f"broken link: {link}", file=sys.stderr)
    print(f"wrote {len(result.pages)} pages to {args.out} in {time.perf_counter() - started:.1f} s "
          f"({len(result.warnings)} warnings, {len(broken)} broken links); open {args.out / 'index.html'}")
    return 1 if result.warnings or broken else 0


if __name__ == "__main__":
    sys.exit(main())
