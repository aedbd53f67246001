"""Fixtures: the pinned esbuild first on the PATH, a Node.js project in a temporary folder, and synthesis."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _nodejs_esbuild import pinned_esbuild

from constructs import App, Stack
from l2.lambda_nodejs._bundling import _Installations


@pytest.fixture(autouse=True)
def _fresh_installations() -> Iterator[None]:
    """Each test looks esbuild and TypeScript up again (they are cached per process, as in aws-cdk-lib)."""
    _Installations.found.clear()
    yield
    _Installations.found.clear()


@pytest.fixture
def esbuild_on_path(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The pinned esbuild's folder, first on the PATH (fails loudly when npm cannot install it)."""
    bin_dir = pinned_esbuild()
    assert bin_dir is not None, "npm could not install esbuild into .venvs/"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return bin_dir


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A Node.js project: ``package-lock.json`` and ``src/handler.ts`` (importing ``src/util.ts``)."""
    root = tmp_path / "project"
    (root / "src").mkdir(parents=True)
    (root / "package-lock.json").write_text('{\n  "lockfileVersion": 3,\n  "packages": {}\n}\n')
    (root / "src" / "util.ts").write_text("export const twice = (n: number): number => n * 2;\n")
    (root / "src" / "handler.ts").write_text(
        "import { twice } from './util';\n\nexport async function handler(): Promise<number> {\n  return twice(21);\n}\n"
    )
    return root


@pytest.fixture
def stack(tmp_path: Path) -> Stack:
    """An env-agnostic stack ``S`` in an app writing to a temporary folder."""
    return Stack(App(outdir=str(tmp_path / "cdk.out")), "S")


@pytest.fixture
def synth() -> Callable[[Stack], dict[str, Any]]:
    """``synth(stack)`` synthesizes the stack's app and returns the whole template."""

    def run(stack: Stack) -> dict[str, Any]:
        app = stack.node.root
        assert isinstance(app, App)
        return app.synth(force=True).get_stack_artifact(stack.artifact_id).template

    return run
