"""Shared fixtures of the core unit tests: a fresh App writing into a temporary directory, and a Stack in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from constructs import App, Stack


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Apps created without an outdir write below the test's tmp_path; no CLI context leaks in."""
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "default.out"))
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    """The cloud assembly directory of the test's app."""
    return tmp_path / "cdk.out"


@pytest.fixture
def app(outdir: Path) -> App:
    """An App with an explicit outdir (and, through the autouse fixture, no context from the environment)."""
    return App(outdir=str(outdir))


@pytest.fixture
def stack(app: App) -> Stack:
    """A stack ``MyStack`` without an environment."""
    return Stack(app, "MyStack")
