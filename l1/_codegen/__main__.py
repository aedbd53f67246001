"""``python -m l1._codegen [--out DIR]``: regenerate the L1 modules (default: the ``l1`` package itself, and the core's
AWS::CloudFormation modules in ``constructs``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from l1._codegen import generate, load_schema_set
from l1._codegen.emit import generate_interfaces

_ROOT = Path(__file__).resolve().parent.parent.parent


def main(argv: list[str] | None = None) -> int:
    """Regenerate the L1 modules; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m l1._codegen", description=__doc__)
    parser.add_argument("--out", type=Path, default=_ROOT / "l1", help="output folder of the L1 modules")
    parser.add_argument("--l2-out", type=Path, default=_ROOT / "l2", help="folder of l2/interfaces/ (re-exports)")
    parser.add_argument(
        "--core-out", type=Path, default=_ROOT / "constructs", help="folder of the core's L1 modules (constructs/)"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written = generate(load_schema_set(), args.out, args.core_out) + generate_interfaces(
        args.out, args.l2_out, args.core_out
    )
    size = sum(path.stat().st_size for path in written)
    print(f"wrote {len(written)} files ({size / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
