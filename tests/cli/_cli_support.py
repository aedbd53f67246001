"""Helpers of the CLI tests: the console script, a clean environment, small apps."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PYCDK = Path(sys.executable).parent / "pycdk"
"""The console script installed next to the interpreter running the tests."""


def clean_environment() -> dict[str, str]:
    """The process environment without the CDK_* variables a surrounding CLI run may have set."""
    return {k: v for k, v in os.environ.items() if not k.startswith("CDK_") and k != "NO_COLOR"}


STAGED = """
from constructs import App, Stack, Stage
from l1 import sqs

app = App()
base = Stack(app, "Base", env={"account": "111111111111", "region": "eu-west-1"})
sqs.CfnQueue(base, "Q")
prod = Stage(app, "Prod")
svc = Stack(prod, "Service", stack_name="prod-service")
sqs.CfnQueue(svc, "Q")
other = Stack(app, "Other")
sqs.CfnQueue(other, "Q")
other.add_dependency(base)
app.synth()
"""
"""An app with a stack pinned to an environment, a stack in a stage (with its own name) and a dependency."""


def write_app(directory: Path, source: str, *, cdk_json: str = '{"app": "python3 app.py"}') -> Path:
    """A minimal project: ``app.py`` with ``source`` and a ``cdk.json`` running it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(source, encoding="utf-8")
    (directory / "cdk.json").write_text(cdk_json, encoding="utf-8")
    return directory
