"""Pytest plumbing for the golden tests: an option to keep pycdk's output and the work dir fixture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--golden-keep DIR``: write each app's rewritten script and cdk.out under DIR."""
    parser.addoption(
        "--golden-keep", metavar="DIR", default=None,
        help="keep each golden app's rewritten script and pycdk output under DIR/<suite>/<app>/",
    )


@pytest.fixture
def golden_workdir(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A directory for one app's rewritten script and output (kept under --golden-keep if given)."""
    keep = request.config.getoption("--golden-keep")
    if keep is None:
        return tmp_path
    name = re.sub(r"[^A-Za-z0-9_.-]+", "/", request.node.callspec.id)
    workdir = Path(keep).resolve() / name
    workdir.mkdir(parents=True, exist_ok=True)
    return workdir
