"""Fixtures for the cloud-assembly tests: a synthesized sample app and the official CDK CLI from npm."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NODE_PREFIX = REPO / ".venvs" / "cdk-cli"
CDK_CLI_VERSION = "2.1148.1"
SCHEMA_VERSION = "55.3.0"  # the newest 55.x at or below the 55.4.0 aws-cdk-lib bundles that npm serves
SAMPLE_APP = Path(__file__).with_name("sample_app.py")


def _npm_install() -> Path:
    """Install the CDK CLI and the cloud-assembly schema package once into .venvs/cdk-cli (ignored by git)."""
    marker = NODE_PREFIX / f".installed-{CDK_CLI_VERSION}-{SCHEMA_VERSION}"
    NODE_PREFIX.parent.mkdir(parents=True, exist_ok=True)
    with open(NODE_PREFIX.parent / ".cdk-cli.lock", "w") as lock:  # test processes (pytest -n) install one at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _npm_install_locked(marker)


def _npm_install_locked(marker: Path) -> Path:
    if not marker.exists():
        npm = shutil.which("npm")
        if npm is None:
            if os.environ.get("CI"):
                pytest.fail("npm is not installed: CI must run the official-CLI tests")
            pytest.skip("npm is not installed: the official-CLI tests need Node.js and npm")
        NODE_PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund", "--loglevel=error",
             f"aws-cdk@{CDK_CLI_VERSION}", f"@aws-cdk/cloud-assembly-schema@{SCHEMA_VERSION}"],
            check=True, capture_output=True, text=True, timeout=600,
        )
        marker.write_text("ok\n")
    return NODE_PREFIX / "node_modules"


@pytest.fixture(scope="session")
def node_modules() -> Path:
    return _npm_install()


@pytest.fixture(scope="session")
def sample_assembly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``cdk.out`` of the sample app (two stacks, a stage, a nested stack, a file asset) synthesized by pycdk."""
    outdir = tmp_path_factory.mktemp("assembly") / "cdk.out"
    env = {**os.environ, "CDK_OUTDIR": str(outdir), "PYTHONPATH": str(REPO)}
    env.pop("CDK_CONTEXT_JSON", None)
    subprocess.run([sys.executable, str(SAMPLE_APP)], check=True, env=env, cwd=str(SAMPLE_APP.parent))
    return outdir
