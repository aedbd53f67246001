"""Fixtures: a fresh env-agnostic stack and a build context with a Dockerfile."""

from __future__ import annotations

from pathlib import Path

import pytest

from constructs import App, Stack


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack named ``S`` in a fresh app."""
    return Stack(App(), "S")


@pytest.fixture
def context(tmp_path: Path) -> Path:
    """A build context holding only ``Dockerfile``."""
    (tmp_path / "Dockerfile").write_text("FROM alpine\n")
    return tmp_path
