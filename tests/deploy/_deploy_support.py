"""Helpers of the deploy tests: the emulator's account and region, small apps."""

from __future__ import annotations

import sys
from pathlib import Path

ACCOUNT = "123456789012"  # moto's default account
REGION = "us-east-1"


def write_app(directory: Path, source: str) -> Path:
    """A project in ``directory``: ``app.py`` with ``source`` and a ``cdk.json`` running it with this Python."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(source, encoding="utf-8")
    (directory / "cdk.json").write_text(f'{{"app": "{sys.executable} app.py"}}', encoding="utf-8")
    return directory
