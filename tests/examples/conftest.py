"""Fixtures of the example tests: run an example's app with ``python app.py`` or ``pycdk synth``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from example_support import EXAMPLES, run_in_example


@pytest.fixture
def run_app(tmp_path: Path) -> Callable[[str | Path], Path]:
    """``run_app(example)``: run ``python app.py`` in the example folder (a name under ``examples/`` or a path).

    Returns the cloud assembly directory.
    """

    def run(example: str | Path) -> Path:
        outdir = tmp_path / "python-app"
        result = run_in_example([sys.executable, "app.py"], EXAMPLES / example, outdir)
        assert result.returncode == 0, result.stderr
        return outdir

    return run


@pytest.fixture
def run_pycdk_synth(tmp_path: Path) -> Callable[[str], tuple[Path, str]]:
    """``run_pycdk_synth(example)``: run ``pycdk synth --json -o <tmp>`` in the example folder.

    Returns the cloud assembly directory and what the CLI printed (the template).
    """

    def run(example: str) -> tuple[Path, str]:
        outdir = tmp_path / "pycdk-synth"
        command = [sys.executable, "-m", "pycdk", "synth", "--json", "-o", str(outdir)]
        result = run_in_example(command, EXAMPLES / example, outdir)
        assert result.returncode == 0, result.stderr
        return outdir, result.stdout

    return run
