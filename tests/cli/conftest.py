"""Fixtures of the CLI tests: the real ``pycdk`` console script run in a subprocess, on fresh projects."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_support import PYCDK, clean_environment


class Result:
    """What a ``pycdk`` run printed and returned."""

    def __init__(self, completed: subprocess.CompletedProcess[str]) -> None:
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    def __repr__(self) -> str:
        return f"Result(rc={self.returncode}, stdout={self.stdout[-2000:]!r}, stderr={self.stderr[-2000:]!r})"


Run = Callable[..., Result]


@pytest.fixture
def pycdk() -> Run:
    """``pycdk(*args, cwd=..., env=...)`` runs the installed console script."""
    if not PYCDK.exists():
        pytest.fail(f"the console script {PYCDK} is missing: pip install -e '.[test,dev]'")

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 120) -> Result:
        environment = clean_environment()
        environment.update(env or {})
        completed = subprocess.run(
            [str(PYCDK), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout
        )
        return Result(completed)

    return run


@pytest.fixture(scope="session")
def initialized_project(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A project made once by ``pycdk init app --language python`` (copy it before changing it).

    The full flow, as a user runs it: the files, ``.venv`` with the requirements installed from where this pycdk
    came from (pip's usual indexes and wheel cache; about 30 s), the first snapshot and a git repository.
    ``init.stderr`` beside the project holds what init printed. Under pytest-xdist the worker processes share one
    (the first to need it makes it, under a lock, in the session's temporary folder; the others wait for it).
    """
    if worker_id == "master":
        return _init_project(tmp_path_factory.mktemp("projects"))
    shared = tmp_path_factory.getbasetemp().parent / "cli-initialized-project"  # this session's, all workers'
    shared.mkdir(exist_ok=True)
    with open(shared / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (shared / ".done").exists():
            return shared / "sample-app"
        if (shared / "sample-app").exists():  # a worker that failed half-way: start afresh
            shutil.rmtree(shared / "sample-app")
        directory = _init_project(shared)
        (shared / ".done").write_text("ok\n")
        return directory


def _init_project(parent: Path) -> Path:
    directory = parent / "sample-app"
    directory.mkdir()
    completed = subprocess.run(
        [str(PYCDK), "init", "app", "--language", "python"], cwd=directory, env=clean_environment(),
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    (directory.parent / "init.stderr").write_text(completed.stderr)
    return directory


@pytest.fixture
def project(initialized_project: Path, tmp_path: Path) -> Path:
    """A fresh copy of the initialized project, free to change."""
    target = tmp_path / "sample-app"
    shutil.copytree(
        initialized_project, target, ignore=shutil.ignore_patterns("cdk.out", "__pycache__", ".venv", ".git")
    )
    return target
