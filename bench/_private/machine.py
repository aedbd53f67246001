"""The machine line of the results: CPU, cores, memory, interpreter versions, load and date."""

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path


def _cpu_model() -> str:
    """The CPU model name from ``/proc/cpuinfo``."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def _memory_gib() -> float:
    """Total memory from ``/proc/meminfo``, in GiB."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024**2
    return 0.0


def _version(command: list[str]) -> str:
    """The first line a ``--version``-style command prints, or ``"n/a"``."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "n/a"
    return (done.stdout or done.stderr).strip().splitlines()[0]


def machine_line(python: Path) -> str:
    """Describe this machine and the moment, for the top of the results."""
    py = _version([str(python), "-c", "import platform; print(platform.python_version())"])
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores, {_memory_gib():.1f} GiB RAM; Python {py}; "
        f"Node.js {_version(['node', '--version'])}; load average at start {load}; "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}"
    )
