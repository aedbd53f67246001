"""``pycdk init app``: the generated project synthesizes and its own tests pass as generated."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from _cli_support import clean_environment

from pycdk.cli._commands.init import _git_init

ROOT = Path(__file__).resolve().parents[2]

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
        if p.is_file() and not {"__pycache__", ".pytest_cache", ".venv", ".git", "cdk.out"} & set(p.parts)
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


def _installed_pycdk_origin() -> dict:
    for dist in metadata.distributions(name="pycdk"):
        text = dist.read_text("direct_url.json")
        if text:
            return json.loads(text)
    pytest.fail("pycdk is not installed with pip here (no direct_url.json): pip install -e '.[test,dev]'")


def test_requirements_pin_pycdk_to_where_it_was_installed_from(initialized_project):
    origin = _installed_pycdk_origin()
    requirement = (initialized_project / "requirements.txt").read_text()
    if origin.get("dir_info", {}).get("editable"):
        # CI and the README install this checkout in editable mode: the project follows the checkout
        assert requirement == f"-e {ROOT}\n"
    else:
        assert requirement.startswith("pycdk @ ") and origin["url"] in requirement
    assert (initialized_project / "requirements-dev.txt").read_text() == "pytest>=8\nsyrupy>=4.6\n"


def test_init_creates_the_virtual_environment_with_pycdk_installed(initialized_project):
    python = initialized_project / ".venv" / "bin" / "python"
    assert python.exists()
    completed = subprocess.run(
        [str(python), "-c", "import pycdk, l2.sqs, pytest, syrupy; print(pycdk.__file__)"],
        cwd=initialized_project, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == str(ROOT / "pycdk" / "__init__.py")


def test_the_project_environment_runs_the_tests_and_synth(initialized_project):
    bin_dir = initialized_project / ".venv" / "bin"
    tests = subprocess.run(
        [str(bin_dir / "pytest"), "-q", "-p", "no:cacheprovider"], cwd=initialized_project,
        env=clean_environment(), capture_output=True, text=True, timeout=300,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "2 passed" in tests.stdout
    synth = subprocess.run(
        [str(bin_dir / "pycdk"), "synth"], cwd=initialized_project, env=clean_environment(),
        capture_output=True, text=True, timeout=300,
    )
    assert synth.returncode == 0, synth.stdout + synth.stderr
    assert "  Queue:\n    Type: AWS::SQS::Queue\n" in synth.stdout
    assert (initialized_project / "cdk.out" / "SampleAppStack.template.json").exists()


def test_init_makes_a_git_repository_with_a_first_commit(initialized_project):
    git = shutil.which("git")
    if git is None:
        pytest.fail("git is not installed: the init tests need it")
    log = subprocess.run([git, "log", "--format=%s"], cwd=initialized_project, capture_output=True, text=True)
    assert log.stdout.splitlines() == ["Initial commit"]
    tracked = subprocess.run([git, "ls-files"], cwd=initialized_project, capture_output=True, text=True)
    assert set(tracked.stdout.splitlines()) == EXPECTED_FILES  # .venv and cdk.out are ignored


def test_init_prints_the_next_commands(initialized_project):
    printed = (initialized_project.parent / "init.stderr").read_text().splitlines()
    assert printed[-3:] == ["  source .venv/bin/activate", "  pycdk synth", "  pytest"]


def test_generate_only_writes_the_files_and_nothing_else(tmp_path, pycdk):
    directory = tmp_path / "quick-app"
    directory.mkdir()
    result = pycdk("init", "app", "--generate-only", cwd=directory)
    assert result.returncode == 0, result
    assert files_of(directory) == {
        name.replace("sample_app", "quick_app") for name in EXPECTED_FILES if "__snapshots__" not in name
    }
    assert not (directory / ".venv").exists()
    assert not (directory / ".git").exists()


def test_no_repository_is_made_inside_one(tmp_path):
    git = shutil.which("git")
    if git is None:
        pytest.fail("git is not installed: the init tests need it")
    subprocess.run([git, "init", "-q"], cwd=tmp_path, check=True)
    project = tmp_path / "nested"
    project.mkdir()
    (project / "app.py").write_text("")
    _git_init(project)
    assert not (project / ".git").exists()
