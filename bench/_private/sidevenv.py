"""The side venv ``bench/.venv`` with aws-cdk-lib and troposphere (never the project venv).

aws-cdk-lib installs a package named ``constructs`` that would shadow pycdk's core, so the comparison
tools live in their own venv, created on first use.
"""

import subprocess
import sys
import time
from datetime import UTC, datetime

from _private.paths import SIDE_PYTHON, SIDE_VENV

REQUIREMENTS = ("aws-cdk-lib==2.275.0", "constructs==10.8.1", "troposphere==4.11.1")
_STAMP = SIDE_VENV / "pycdk-bench-created.txt"
_PROBE = (
    "from importlib.metadata import version; "
    "print(version('aws-cdk-lib'), version('constructs'), version('troposphere'))"
)


def _installed_versions() -> str | None:
    """Return the installed versions as ``"cdk constructs troposphere"``, or ``None`` if unusable."""
    if not SIDE_PYTHON.exists():
        return None
    probe = subprocess.run([str(SIDE_PYTHON), "-c", _PROBE], capture_output=True, text=True)
    return probe.stdout.strip() if probe.returncode == 0 else None


def ensure_side_venv() -> str:
    """Create or complete ``bench/.venv`` if needed; return a line saying what was done and how long it took."""
    wanted = " ".join(r.split("==")[1] for r in REQUIREMENTS)
    if _installed_versions() == wanted:
        created = _STAMP.read_text().strip() if _STAMP.exists() else "creation time not recorded"
        return f"side venv {SIDE_VENV} present ({', '.join(REQUIREMENTS)}; {created})"
    print(f"Installing {', '.join(REQUIREMENTS)} into the side venv {SIDE_VENV} ...", flush=True)
    start = time.perf_counter()
    if not SIDE_PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(SIDE_VENV)], check=True)
    subprocess.run(
        [str(SIDE_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *REQUIREMENTS],
        check=True,
    )
    if _installed_versions() != wanted:
        raise RuntimeError(f"side venv {SIDE_VENV} still lacks {', '.join(REQUIREMENTS)} after pip install")
    seconds = time.perf_counter() - start
    _STAMP.write_text(f"created in {seconds:.1f} s on {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}\n")
    return f"side venv {SIDE_VENV} created with {', '.join(REQUIREMENTS)} in {seconds:.1f} s"
