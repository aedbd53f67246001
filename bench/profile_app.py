"""Profile one benchmark app with cProfile and print the top entries.

Usage: ``python bench/profile_app.py [--tool pycdk] [--units 1000] [--sort tottime] [--top 30] [--save FILE]
[--cpu-clock]``. The app runs once as its own process under ``python -m cProfile`` (after one unprofiled warm-up
run that compiles bytecode), into a temporary folder. ``--cpu-clock`` times the profile with the thread's CPU
clock instead of the wall clock: on a shared machine, the time spent waiting for a CPU then lands on no function.
"""

import argparse
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _private.variants import ALL_VARIANTS

# ``python -m cProfile`` with the thread's CPU clock as the timer: argv is PROFILE SCRIPT ARGS...
_CPU_CLOCK_PROFILE = """
import cProfile, os, runpy, sys, time
prof, script = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
profiler = cProfile.Profile(time.thread_time_ns, 1e-9)
try:
    profiler.runcall(runpy.run_path, script, run_name="__main__")
finally:
    profiler.dump_stats(prof)
"""


def main(argv: list[str]) -> int:
    """Profile the chosen app and print its top entries."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default="pycdk", choices=[v.key for v in ALL_VARIANTS])
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument(
        "--sort", default="tottime", help="pstats sort key (tottime, cumulative, ncalls, ...)"
    )
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--save", type=Path, help="also keep the raw profile here")
    parser.add_argument("--cpu-clock", action="store_true", help="time with the thread's CPU clock, not the wall")
    args = parser.parse_args(argv)
    variant = next(v for v in ALL_VARIANTS if v.key == args.tool)
    with tempfile.TemporaryDirectory(prefix="pycdk-bench-profile-") as work:
        out, prof = Path(work) / "out", args.save or Path(work) / "app.prof"
        env = variant.environment()
        subprocess.run([*variant.command, str(args.units), str(Path(work) / "warm")], check=True, env=env)
        command = [str(variant.python), "-m", "cProfile", "-o", str(prof), str(variant.script)]
        if args.cpu_clock:
            command = [str(variant.python), "-c", _CPU_CLOCK_PROFILE, str(prof), str(variant.script)]
        subprocess.run([*command, str(args.units), str(out)], check=True, env=env)
        stats = pstats.Stats(str(prof))
        stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
