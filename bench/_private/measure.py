"""Run one benchmark process and measure it from the OS.

Wall time is taken around the process; CPU time and peak RSS come from ``os.wait4``, the kernel's
rusage of the child together with every descendant it waited for (aws-cdk-lib's Python waits for its
Node.js processes, so their CPU time is included). ``ru_maxrss`` is the peak of the largest single
process; for process trees (Python + Node.js) the sum of each process's own peak (``VmHWM``) is sampled
from ``/proc`` every 50 ms as well.
"""

import json
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Sample:
    """One measured run: seconds, KiB, and the phases the app reported about itself."""

    wall: float
    cpu: float
    max_rss_kib: int
    tree_rss_kib: int | None
    phases: dict[str, float] = field(default_factory=dict)


class RunFailed(RuntimeError):
    """A benchmark process exited with a non-zero status."""


def _children_map() -> dict[int, list[int]]:
    """Map each pid to its child pids, from ``/proc/*/stat``."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _hwm_kib(pid: int) -> int | None:
    """Return the peak RSS (``VmHWM``) of ``pid`` in KiB, or ``None`` if it is gone."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class _TreePeakSampler(threading.Thread):
    """Samples the per-process peak RSS of a process tree until stopped."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            children = _children_map()
            stack = [self.root]
            while stack:
                pid = stack.pop()
                hwm = _hwm_kib(pid)
                if hwm is not None:
                    self.peaks[pid] = max(hwm, self.peaks.get(pid, 0))
                stack.extend(children.get(pid, ()))
            self.done.wait(_POLL_SECONDS)


def _cpu_times() -> tuple[int, int]:
    """Return ``(busy, total)`` jiffies of all CPUs from ``/proc/stat``."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def busy_cores(window: float = 0.5) -> float:
    """How many cores other processes keep busy, measured over ``window`` seconds."""
    busy0, total0 = _cpu_times()
    time.sleep(window)
    busy1, total1 = _cpu_times()
    return (busy1 - busy0) / max(total1 - total0, 1) * (os.cpu_count() or 1)


def wait_for_quiet(max_busy: float, timeout: float) -> float:
    """Wait until other processes use at most ``max_busy`` cores, or ``timeout`` seconds passed.

    Returns:
        The last reading of busy cores (above ``max_busy`` if the wait timed out).
    """
    deadline = time.monotonic() + timeout
    while True:
        busy = busy_cores()
        if busy <= max_busy or time.monotonic() >= deadline:
            return busy


def run_command(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, sample_tree: bool = False
) -> Sample:
    """Run ``argv`` once and measure it; the phases it writes to ``$BENCH_PHASES_FILE`` are collected.

    The process runs in an empty temporary folder, so that ``python -c`` cannot import the repository's
    ``constructs/`` in place of aws-cdk-lib's ``constructs`` from the current directory.

    Args:
        argv: the command line.
        env: the environment (default: this process's); ``BENCH_PHASES_FILE`` is added.
        sample_tree: also sample the summed peak RSS of the process tree from ``/proc``.

    Raises:
        RunFailed: the process exited with a non-zero status; the message holds its stderr's tail.
    """
    with tempfile.TemporaryDirectory(prefix="pycdk-bench-run-") as work:
        phases_file, stderr_path = Path(work) / "phases.json", Path(work) / "stderr.txt"
        run_env = dict(os.environ if env is None else env)
        run_env["BENCH_PHASES_FILE"] = str(phases_file)
        with open(stderr_path, "wb") as stderr:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=stderr, env=run_env, cwd=work)
            sampler = _TreePeakSampler(proc.pid) if sample_tree else None
            if sampler:
                sampler.start()
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            if sampler:
                sampler.done.set()
                sampler.join()
        if proc.returncode != 0:
            tail = stderr_path.read_text(errors="replace").strip().splitlines()[-15:]
            raise RunFailed(f"{shlex.join(argv)} exited with {proc.returncode}:\n" + "\n".join(tail))
        return Sample(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            max_rss_kib=usage.ru_maxrss,
            tree_rss_kib=sum(sampler.peaks.values()) if sampler and sampler.peaks else None,
            phases=json.loads(phases_file.read_text()) if phases_file.exists() else {},
        )


def run_once(
    command: Sequence[str],
    units: int,
    *,
    env: Mapping[str, str] | None = None,
    sample_tree: bool = False,
    keep_outdir: Path | None = None,
) -> Sample:
    """Run ``command UNITS OUTDIR`` once, with a fresh output folder, and measure it.

    Args:
        command: the interpreter and script; ``UNITS`` and the output folder are appended.
        units: the number of units to build.
        env: the environment (default: this process's).
        sample_tree: also sample the summed peak RSS of the process tree from ``/proc``.
        keep_outdir: if given, the output folder is moved there (replacing it) instead of deleted.

    Raises:
        RunFailed: the process exited with a non-zero status.
    """
    with tempfile.TemporaryDirectory(prefix="pycdk-bench-out-") as work:
        outdir = Path(work) / "out"
        sample = run_command([*command, str(units), str(outdir)], env=env, sample_tree=sample_tree)
        if keep_outdir is not None:
            shutil.rmtree(keep_outdir, ignore_errors=True)
            shutil.move(str(outdir), keep_outdir)
        return sample
