"""Count the instructions one benchmark app executes (valgrind's cachegrind): a measure the shared machine's load
does not move, for A/B comparisons of pycdk changes.

Usage: ``python bench/icount.py [--tool pycdk] [--units 100] [--root DIR]``. ``--root`` runs another checkout
(e.g. a ``git worktree`` of an older commit) with the project venv. The app runs once unmeasured (bytecode and
cached type checks written), then twice under ``valgrind --tool=cachegrind --cache-sim=no`` with
``PYTHONHASHSEED=0`` (set iteration order fixed: the count repeats to the instruction); the smaller count is
printed in millions. About 20 s at N = 100.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _private.variants import ALL_VARIANTS


def count(command: list[str], env: dict[str, str]) -> int:
    """The instructions ``command`` executes under cachegrind."""
    with tempfile.TemporaryDirectory(prefix="pycdk-bench-icount-") as work:
        done = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={work}/cg.out",
             *command, str(Path(work) / "out")],
            env=env, capture_output=True, text=True, check=True,
        )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    """Print the instruction count of the chosen app."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default="pycdk", choices=[v.key for v in ALL_VARIANTS])
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--root", type=Path, help="another checkout to run (its bench/apps, on PYTHONPATH)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 1
    variant = next(v for v in ALL_VARIANTS if v.key == args.tool)
    env = {k: v for k, v in variant.environment().items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"
    script = Path(variant.script)
    if args.root is not None:
        root = args.root.resolve()
        script = root / script.resolve().relative_to(Path(__file__).resolve().parents[1])
        env["PYTHONPATH"] = str(root)
    command = [str(variant.python), str(script), str(args.units)]
    with tempfile.TemporaryDirectory(prefix="pycdk-bench-icount-") as work:
        subprocess.run([*command, str(Path(work) / "warm")], env=env, check=True, capture_output=True)
    best = min(count(command, env) for _ in range(2))
    print(f"{args.tool} N={args.units}{f' ({args.root})' if args.root else ''}: {best / 1e6:.1f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
