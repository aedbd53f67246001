"""Where the benchmark's files and interpreters are."""

import os
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BENCH_DIR.parent
APPS_DIR = BENCH_DIR / "apps"
SIDE_VENV = BENCH_DIR / ".venv"
SIDE_PYTHON = SIDE_VENV / "bin" / "python"
RESULTS_FILE = BENCH_DIR / "RESULTS.md"


def pycdk_python() -> Path:
    """The interpreter with pycdk installed: the project venv's, else the one running the bench."""
    project = REPO_DIR / ".venv" / "bin" / "python"
    return project if project.exists() else Path(sys.executable)


def quiet_node_env() -> dict[str, str]:
    """Environment for aws-cdk-lib runs, without jsii's banner about the Node.js version."""
    env = dict(os.environ)
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "18,20"
    env["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1"
    env["JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION"] = "1"
    return env
