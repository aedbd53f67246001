"""Fixtures of the reliability tests: the two app versions' reference assemblies, a clean fault-injection hook."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _cli_forkserver import ForkServer
from _outdir_support import files_of, synth

from constructs._private import output_dir


@pytest.fixture(scope="session")
def asset_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file version 1 of the app stages as an asset."""
    path = tmp_path_factory.mktemp("asset") / "data.txt"
    path.write_text("asset data\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def references(tmp_path_factory: pytest.TempPathFactory, asset_source: Path) -> dict[int, dict[str, bytes]]:
    """The files of each app version's assembly, synthesized into fresh folders (what a whole assembly is)."""
    found: dict[int, dict[str, bytes]] = {}
    for version in (1, 2):
        outdir = tmp_path_factory.mktemp(f"reference{version}") / "cdk.out"
        synth(outdir, version, asset_source)
        found[version] = files_of(outdir)
    return found


@pytest.fixture(autouse=True)
def _no_step_hook() -> Iterator[None]:
    """Every test starts and ends without a fault-injection hook."""
    output_dir.set_step_hook(None)
    yield
    output_dir.set_step_hook(None)


@pytest.fixture(scope="module")
def forked_cli(request: pytest.FixtureRequest) -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    """Like ``cli``, each run its own process, but forked from one that imported the CLI once (_cli_forkserver.py):
    for the many cases of a module that differ only in their input files. The module's ``FORK_SERVER_PRELOAD``
    names further modules to import up front."""
    server = ForkServer(getattr(request.module, "FORK_SERVER_PRELOAD", ()))
    try:
        yield server.run
    finally:
        server.close()


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``cli(*args, cwd=..., env=...)`` runs the installed ``pycdk`` console script."""
    script = Path(sys.executable).parent / "pycdk"
    if not script.exists():
        pytest.fail(f"the console script {script} is missing: pip install -e '.[test,dev]'")

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None,
            timeout: int = 120) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items()
                       if not k.startswith(("CDK_", "PYCDK_")) and k != "NO_COLOR"}
        environment.update(env or {})
        return subprocess.run([str(script), *args], cwd=cwd, env=environment, capture_output=True, text=True,
                              timeout=timeout)

    return run
