"""The README's test command is what CI runs (the last line of ``.ci/run``), and it runs every check."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    first_section = REPO.joinpath("README.md").read_text().split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", first_section, re.S)
    assert block, "the README's first section has no sh block"
    return block.group(1).strip().splitlines()


def test_the_readme_holds_two_commands_and_the_second_is_ci() -> None:
    commands = _readme_commands()
    ci = REPO.joinpath(".ci", "run").read_text().strip().splitlines()[-1]
    assert len(commands) == 2
    assert commands[1] == ci


def test_ci_lints_type_checks_and_runs_the_tests_in_parallel() -> None:
    ci = _readme_commands()[1].split(" && ")
    assert ci[1] == ".venv/bin/pip install -q -e '.[test,dev]'"
    assert ".venv/bin/ruff check ." in ci
    assert ".venv/bin/mypy" in ci
    assert ci[-1] == ".venv/bin/python -m pytest -n auto"


def test_the_tools_ci_runs_are_in_the_extras_it_installs_and_ruff_reports_dead_noqa() -> None:
    project = tomllib.loads(REPO.joinpath("pyproject.toml").read_text())
    extras = project["project"]["optional-dependencies"]
    extra = {re.split(r"[<>=\[ ]", req, maxsplit=1)[0] for req in extras["test"] + extras["dev"]}
    assert {"pytest", "pytest-xdist", "ruff", "mypy", "cfn-lint"} <= extra
    assert "RUF100" in project["tool"]["ruff"]["lint"]["select"]
