"""The official CDK CLI (npm ``aws-cdk``), installed once into ``.venvs/`` (git-ignored) for comparisons."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

CDK_CLI_VERSION = "2.1148.1"
# tests/assembly/conftest.py installs this CLI with the cloud-assembly schema package into .venvs/cdk-cli: the same
# prefix, packages and marker here make one npm install (under the same lock) serve both (keep the versions in step)
SCHEMA_VERSION = "55.3.0"
_CACHE = Path(__file__).resolve().parents[2] / ".venvs" / "cdk-cli"
_MARKER = _CACHE / f".installed-{CDK_CLI_VERSION}-{SCHEMA_VERSION}"


def official_cdk_cli() -> Path | None:
    """The path of the ``cdk`` executable, installing it on first use; None when npm cannot install it."""
    _CACHE.parent.mkdir(parents=True, exist_ok=True)
    with open(_CACHE.parent / ".cdk-cli.lock", "w") as lock:  # test processes (pytest -n) install one at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _installed_cli()


def _installed_cli() -> Path | None:
    cdk = _CACHE / "node_modules" / ".bin" / "cdk"
    if _MARKER.exists() and cdk.exists():
        return cdk
    npm = shutil.which("npm")
    if npm is None:
        return None
    _CACHE.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [npm, "install", "--prefix", str(_CACHE), "--no-audit", "--no-fund", "--loglevel=error",
         f"aws-cdk@{CDK_CLI_VERSION}", f"@aws-cdk/cloud-assembly-schema@{SCHEMA_VERSION}"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 or not cdk.exists():
        return None
    _MARKER.write_text("ok\n")
    return cdk
