"""The pinned esbuild (npm ``esbuild@0.21.5``), installed once into ``.venvs/`` (git-ignored) for the bundling tests.

The golden apps of ``tests/golden/l2_lambda_nodejs`` install the same version into the same folder under the same
lock, so aws-cdk-lib (the oracle) and pycdk bundle with the same esbuild.
"""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

ESBUILD_VERSION = "0.21.5"
_PREFIX = Path(__file__).resolve().parents[3] / ".venvs" / f"esbuild-{ESBUILD_VERSION}"


def pinned_esbuild() -> Path | None:
    """The folder holding the ``esbuild`` executable (``node_modules/.bin``), installing it on first use; None when
    npm cannot install it."""
    _PREFIX.mkdir(parents=True, exist_ok=True)
    with open(_PREFIX.parent / ".esbuild.lock", "w") as lock:  # test processes and golden apps install one at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        bin_dir = _PREFIX / "node_modules" / ".bin"
        if (bin_dir / "esbuild").exists():
            return bin_dir
        npm = shutil.which("npm")
        if npm is None:
            return None
        result = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(_PREFIX), f"esbuild@{ESBUILD_VERSION}"],
            capture_output=True, text=True, timeout=300,
        )
        return bin_dir if result.returncode == 0 and (bin_dir / "esbuild").exists() else None


def esbuild_package_dir() -> Path:
    """The installed ``node_modules/esbuild`` package folder (after ``pinned_esbuild``)."""
    return _PREFIX / "node_modules" / "esbuild"
