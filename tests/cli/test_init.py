"""``pycdk init app``: the generated project synthesizes and its own tests pass as generated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from _cli_support import clean_environment

EXPECTED_FILES = {
    ".gitignore",
    "README.md",
    "app.py",
    "cdk.json",
    "requirements.txt",
    "requirements-dev.txt",
    "sample_app/__init__.py",
    "sample_app/sample_app_stack.py",
    "tests/__init__.py",
    "tests/conftest.py",
    "tests/unit/__init__.py",
    "tests/unit/test_sample_app_stack.py",
    "tests/unit/__snapshots__/test_sample_app_stack/test_the_template_matches_the_snapshot.yaml",
}


def files_of(directory: Path) -> set[str]:
    return {
        p.relative_to(directory).as_posix()
        for p in directory.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts
    }


def test_init_writes_the_python_app_layout(initialized_project):
    assert files_of(initialized_project) == EXPECTED_FILES


def test_cdk_json_runs_app_py_with_the_recommended_feature_flags(initialized_project):
    config = json.loads((initialized_project / "cdk.json").read_text())
    assert config["app"] == "python3 app.py"
    assert len(config["context"]) == 89
    assert config["context"]["@aws-cdk/core:enablePartitionLiterals"] is True


def test_the_stack_module_and_class_are_named_after_the_directory(initialized_project):
    app = (initialized_project / "app.py").read_text()
    assert "from sample_app.sample_app_stack import SampleAppStack" in app
    assert 'SampleAppStack(\n    app,\n    "SampleAppStack",' in app


def test_the_recorded_snapshot_holds_the_queue(initialized_project):
    snapshot = initialized_project / "tests/unit/__snapshots__/test_sample_app_stack"
    text = (snapshot / "test_the_template_matches_the_snapshot.yaml").read_text()
    assert text.startswith("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 300\n")


def test_the_generated_tests_pass(project):
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project, env=clean_environment(),
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "2 passed" in completed.stdout


def test_the_generated_snapshot_test_catches_a_change(project):
    stack = project / "sample_app" / "sample_app_stack.py"
    stack.write_text(stack.read_text().replace("visibility_timeout=300", "visibility_timeout=600"))
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project, env=clean_environment(),
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 1
    assert "2 failed" in completed.stdout
    assert "+       VisibilityTimeout: 600" in completed.stdout


def test_the_generated_project_synthesizes(project, pycdk):
    result = pycdk("synth", cwd=project)
    assert result.returncode == 0, result
    assert "  Queue:\n    Type: AWS::SQS::Queue\n" in result.stdout
    assert "aws:cdk:path: SampleAppStack/Queue" in result.stdout


def test_init_refuses_a_non_empty_directory(tmp_path, pycdk):
    (tmp_path / "notes.txt").write_text("mine")
    result = pycdk("init", "app", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"pycdk: error: pycdk init cannot be run in a non-empty directory ({tmp_path} has notes.txt)"
    ]
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_init_refuses_a_directory_name_that_is_no_module_name(tmp_path, pycdk):
    directory = tmp_path / "1st-app"
    directory.mkdir()
    result = pycdk("init", "app", cwd=directory)
    assert result.returncode == 1
    assert "cannot become a Python module name" in result.stderr
    assert list(directory.iterdir()) == []


def test_init_without_a_template_lists_the_templates(tmp_path, pycdk):
    result = pycdk("init", cwd=tmp_path)
    assert result.returncode == 0
    assert "* app: a pycdk application" in result.stdout


def test_an_unknown_language_is_a_usage_error(tmp_path, pycdk):
    result = pycdk("init", "app", "--language", "typescript", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "invalid choice: 'typescript'" in result.stderr
