"""Issues 13, groups 1 and 5 through the CLI: ``-o`` / ``"output"`` never cost a user's files, and a bad output
directory is one error line naming the option (or the ``cdk.json`` key) and the path.

The CDK CLI with aws-cdk-lib writes into any folder given (``-o .`` included) and keeps the files there;
pycdk refuses the project folder and folders above it, and folders holding a ``cdk.json``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _cli_checks import error_line, make_project

PROJECT_FILES = {".git/HEAD": "ref: refs/heads/main\n", "src/lib.py": "X = 1\n", "README.md": "# p\n"}


def _with_files(directory: Path, files: dict[str, str]) -> dict[str, bytes]:
    for rel, text in files.items():
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return _snapshot(directory)


def _snapshot(directory: Path) -> dict[str, bytes]:
    found = {}
    for root, _dirs, names in os.walk(directory):
        for name in names:
            path = Path(root) / name
            found[str(path.relative_to(directory))] = path.read_bytes()
    return found


@pytest.mark.parametrize("value", [".", "./", "..", "../.."])
def test_output_option_at_or_above_the_project_is_refused(tmp_path: Path, cli, value: str) -> None:
    project = make_project(tmp_path / "p")
    before = _with_files(project, PROJECT_FILES)
    result = cli("synth", "-o", value, cwd=project)
    error_line(result, "-o/--output", repr(value), "project folder", code=2)
    assert _snapshot(project) == before


@pytest.mark.parametrize("value", [".", ".."])
def test_cdk_json_output_at_or_above_the_project_is_refused(tmp_path: Path, cli, value: str) -> None:
    project = make_project(tmp_path / "p", cdk_json=f'{{"app": "python3 app.py", "output": "{value}"}}')
    before = _with_files(project, PROJECT_FILES)
    result = cli("synth", cwd=project)
    error_line(result, 'cdk.json "output"', repr(value), code=2)
    assert _snapshot(project) == before


def test_output_option_naming_a_file_is_refused(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "notes.txt").write_text("keep", encoding="utf-8")
    result = cli("synth", "-o", "notes.txt", cwd=project)
    error_line(result, "-o/--output", str(project / "notes.txt"), "is a file, not a directory", code=2)
    assert (project / "notes.txt").read_text(encoding="utf-8") == "keep"


def test_output_option_below_a_file_is_refused(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "build").write_text("x", encoding="utf-8")
    result = cli("synth", "-o", "build/cdk.out", cwd=project)
    error_line(result, "-o/--output", str(project / "build"), "is a file", code=2)


def test_cdk_json_output_naming_a_file_is_refused(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p", cdk_json='{"app": "python3 app.py", "output": "app.py"}')
    result = cli("synth", cwd=project)
    error_line(result, 'cdk.json "output"', str(project / "app.py"), code=2)
    assert "app.synth()" in (project / "app.py").read_text(encoding="utf-8")


def test_output_option_naming_another_project_is_refused(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    other = make_project(tmp_path / "other")
    before = _snapshot(other)
    result = cli("synth", "-o", str(other), cwd=project)
    error_line(result, "-o/--output", "holds cdk.json", code=2)
    assert _snapshot(other) == before


def test_output_option_naming_a_folder_of_sources_keeps_them(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    _with_files(project, {"src/main.py": "print(1)\n", "src/.git/HEAD": "ref\n"})
    before = _snapshot(project / "src")
    for _ in range(2):
        result = cli("synth", "-o", "src", "-q", cwd=project)
        assert result.returncode == 0, result.stderr
    after = _snapshot(project / "src")
    assert {k: v for k, v in after.items() if k in before} == before
    assert "manifest.json" in after and "Svc.template.json" in after


def test_cdk_json_output_naming_a_folder_of_sources_keeps_them(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p", cdk_json='{"app": "python3 app.py", "output": "src"}')
    _with_files(project, {"src/main.py": "print(1)\n"})
    result = cli("synth", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "src" / "main.py").read_text(encoding="utf-8") == "print(1)\n"
    assert (project / "src" / "manifest.json").is_file()


def test_a_user_file_named_like_an_assembly_file_fails_the_synth_in_one_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "out").mkdir()
    (project / "out" / "Svc.template.json").write_text("mine", encoding="utf-8")
    result = cli("synth", "-o", "out", cwd=project)
    error_line(result, "OutputDirError", "Svc.template.json", str(project / "out"))
    assert (project / "out" / "Svc.template.json").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("outdir", ["os.getcwd()", "'.'", "os.path.dirname(os.path.abspath(__file__))"])
def test_an_app_writing_into_the_project_folder_fails_in_one_line(tmp_path: Path, cli, outdir: str) -> None:
    app = f"""
import os
from constructs import App, Stack
from l1 import sqs

app = App(outdir={outdir})
sqs.CfnQueue(Stack(app, "Svc"), "Q")
app.synth()
"""
    project = make_project(tmp_path / "p", app=app)
    before = _with_files(project, PROJECT_FILES)
    result = cli("synth", cwd=project)
    error_line(result, "OutputDirError", "is the working directory")
    assert _snapshot(project) == before


def test_a_symlinked_cdk_out_stays_a_symlink(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (project / "cdk.out").symlink_to(target)
    for _ in range(2):
        result = cli("synth", "-q", cwd=project)
        assert result.returncode == 0, result.stderr
    assert (project / "cdk.out").is_symlink()
    assert (target / "manifest.json").is_file()


def test_the_default_cdk_out_keeps_a_file_the_user_put_there(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    assert cli("synth", "-q", cwd=project).returncode == 0
    (project / "cdk.out" / "NOTES.md").write_text("mine", encoding="utf-8")
    result = cli("synth", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "cdk.out" / "NOTES.md").read_text(encoding="utf-8") == "mine"


def test_ten_pycdk_synths_in_one_project_at_once_all_succeed(tmp_path: Path) -> None:
    import subprocess
    import sys

    project = make_project(tmp_path / "p")
    (project / "cdk.out").mkdir()
    (project / "cdk.out" / "NOTES.md").write_text("mine", encoding="utf-8")  # the merge path, the slow one
    script = Path(sys.executable).parent / "pycdk"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "PYCDK_"))}
    procs = [subprocess.Popen([str(script), "synth", "--json"], cwd=project, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(10)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    assert [rc for rc, _, _ in results] == [0] * 10, [err[-300:] for rc, _, err in results if rc]
    assert all('"AWS::SQS::Queue"' in out for _, out, _ in results)
    assert (project / "cdk.out" / "NOTES.md").read_text(encoding="utf-8") == "mine"
    assert not [p.name for p in (project / "cdk.out").iterdir() if p.name.startswith(".pycdk-")]


def test_reading_an_assembly_finishes_a_killed_merge_first(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "cdk.out").mkdir()
    (project / "cdk.out" / "NOTES.md").write_text("mine", encoding="utf-8")
    assert cli("synth", "-q", cwd=project).returncode == 0
    killed = cli("synth", "-q", "-c", "x=1", cwd=project, env={"PYCDK_OUTDIR_KILL_AT_STEP": "5"})
    assert killed.returncode != 0
    assert (project / "cdk.out" / ".pycdk-journal").is_file()
    result = cli("ls", "--app", "cdk.out", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Svc"]
    assert not (project / "cdk.out" / ".pycdk-journal").exists()
    assert (project / "cdk.out" / "NOTES.md").read_text(encoding="utf-8") == "mine"
