"""``pycdk context`` shows and resets context; ``pycdk doctor`` reports the environment."""

from __future__ import annotations

import json


def make_context(project):
    (project / "cdk.json").write_text(json.dumps({"app": "python3 app.py", "context": {"env": "dev"}}))
    (project / "cdk.context.json").write_text(json.dumps({"availability-zones:account=1:region=r": ["a", "b"]}))


def test_context_lists_configured_and_cached_values(project, pycdk):
    make_context(project)
    result = pycdk("context", cwd=project)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "Key", "Value", "Source"]
    assert lines[1].split() == ["1", "env", '"dev"', "cdk.json"]
    assert lines[2].split() == ["2", "availability-zones:account=1:region=r", '["a",', '"b"]', "cdk.context.json"]


def test_context_json(project, pycdk):
    make_context(project)
    assert json.loads(pycdk("context", "--json", cwd=project).stdout) == {
        "env": "dev", "availability-zones:account=1:region=r": ["a", "b"]
    }


def test_reset_removes_a_cached_value_by_number(project, pycdk):
    make_context(project)
    result = pycdk("context", "--reset", "2", cwd=project)
    assert result.returncode == 0, result
    assert json.loads((project / "cdk.context.json").read_text()) == {}


def test_reset_refuses_values_of_cdk_json(project, pycdk):
    make_context(project)
    result = pycdk("context", "--reset", "env", cwd=project)
    assert result.returncode == 1
    assert result.stderr == "pycdk: error: Cannot reset 'env': it is set in cdk.json; edit that file instead\n"


def test_doctor_reports_versions_project_and_variables(project, pycdk):
    result = pycdk("doctor", cwd=project, env={"CDK_DEFAULT_REGION": "eu-west-1", "AWS_SECRET_ACCESS_KEY": "shh"})
    assert result.returncode == 0, result
    assert result.stdout.startswith("pycdk 0.1.0\nPython 3.")
    assert "cdk.json: found, app = python3 app.py" in result.stdout
    assert "  CDK_DEFAULT_REGION = eu-west-1" in result.stdout
    assert "  AWS_SECRET_ACCESS_KEY = <redacted>" in result.stdout and "shh" not in result.stdout
