"""``pycdk ls``: stack paths (top-level stacks first, then those of stages), with ``-l`` also names and environments."""

from __future__ import annotations

import yaml
from _cli_support import STAGED, write_app


def test_ls_lists_every_stack_by_path_with_its_name_when_it_differs(tmp_path, pycdk):
    app = write_app(tmp_path / "app", STAGED)
    result = pycdk("ls", cwd=app)
    assert result.returncode == 0, result
    assert result.stdout.splitlines() == ["Base", "Other", "Prod/Service (prod-service)"]


def test_ls_long_describes_names_and_environments(tmp_path, pycdk):
    app = write_app(tmp_path / "app", STAGED)
    described = yaml.safe_load(pycdk("ls", "-l", cwd=app).stdout)
    assert described[0] == {
        "id": "Base",
        "name": "Base",
        "environment": {"account": "111111111111", "region": "eu-west-1", "name": "aws://111111111111/eu-west-1"},
    }
    assert described[2]["id"] == "Prod/Service (prod-service)"
    assert described[2]["name"] == "prod-service"
    assert described[2]["environment"]["name"] == "aws://unknown-account/unknown-region"


def test_ls_filters_with_globs(tmp_path, pycdk):
    app = write_app(tmp_path / "app", STAGED)
    assert pycdk("ls", "Prod/*", cwd=app).stdout == "Prod/Service (prod-service)\n"
