"""Helpers of the CLI reliability tests: a small project, and the check that an error is one clean line."""

from __future__ import annotations

import subprocess
from pathlib import Path

APP = """
from constructs import App, Stack
from l1 import sqs

app = App()
stack = Stack(app, "Svc")
sqs.CfnQueue(stack, "Q", visibility_timeout=30)
app.synth()
"""
"""One stack, Svc, with one queue."""


def make_project(directory: Path, *, app: str = APP, cdk_json: str | bytes = '{"app": "python3 app.py"}') -> Path:
    """``app.py`` and ``cdk.json`` in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(app, encoding="utf-8")
    if isinstance(cdk_json, bytes):
        (directory / "cdk.json").write_bytes(cdk_json)
    else:
        (directory / "cdk.json").write_text(cdk_json, encoding="utf-8")
    return directory


def error_line(result: subprocess.CompletedProcess[str], *needles: str, code: int | None = None) -> str:
    """The one ``pycdk: error:`` line of a failed run; asserts no traceback and that it names ``needles``."""
    assert result.returncode != 0, result
    if code is not None:
        assert result.returncode == code, result
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("pycdk: error:")]
    assert len(lines) == 1, result.stderr
    line = lines[0]
    for needle in needles:
        assert needle in line, (needle, line)
    return line
