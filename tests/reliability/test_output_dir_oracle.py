"""Issue 13, group 1: pycdk's output directory handling next to aws-cdk-lib's, recorded from the oracle by
``oracle/record_outdir.py`` into ``oracle/outdir_behaviour.json``.

Where they agree: every file that is not part of the assembly stays, unchanged. Where pycdk is stricter: it
removes the files of the previous assembly that the new one no longer has (aws-cdk-lib leaves them), refuses
to overwrite a user's file named like an assembly file (aws-cdk-lib overwrites it) and refuses the working
directory (aws-cdk-lib writes the assembly among the project's files). aws-cdk-lib also writes
``validation-report.json``, which pycdk does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _outdir_support import files_of

from constructs import App, Stack
from constructs._private.output_dir import OutputDirError
from l1 import sqs

ORACLE = json.loads(Path(__file__).with_name("oracle").joinpath("outdir_behaviour.json").read_text(encoding="utf-8"))
USER_FILES = {"notes.txt": "my notes\n", ".git/HEAD": "ref: refs/heads/main\n", "src/app.py": "print(1)\n",
              "Old.template.json": "{}\n"}
ORACLE_ONLY: set[str] = set()  # pycdk writes validation-report.json as aws-cdk-lib does (issue 22)


def _synth(outdir: Path, stacks: list[str]) -> None:
    app = App(outdir=str(outdir))
    for name in stacks:
        sqs.CfnQueue(Stack(app, name), "Q")
    app.synth()


def test_user_files_are_kept_as_aws_cdk_lib_keeps_them(tmp_path: Path) -> None:
    out = tmp_path / "with-user-files"
    for rel, text in USER_FILES.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    _synth(out, ["Alpha"])
    assert ORACLE["user-files"]["user_files_unchanged"] is True
    assert set(files_of(out)) == set(ORACLE["user-files"]["files"]) - ORACLE_ONLY
    assert all((out / rel).read_text(encoding="utf-8") == text for rel, text in USER_FILES.items())


def test_the_stale_files_of_a_removed_stack_go_where_aws_cdk_lib_leaves_them(tmp_path: Path) -> None:
    out = tmp_path / "previous"
    _synth(out, ["Alpha", "Beta"])
    _synth(out, ["Alpha"])
    stale = {f for f in ORACLE["stale-stack"]["files"] if f.startswith("Beta.")}
    assert stale == {"Beta.assets.json", "Beta.metadata.json", "Beta.template.json"}  # aws-cdk-lib keeps them
    assert set(files_of(out)) == set(ORACLE["stale-stack"]["files"]) - ORACLE_ONLY - stale


def test_a_user_file_aws_cdk_lib_would_overwrite_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "clash"
    out.mkdir()
    (out / "Alpha.template.json").write_text("the user's own\n", encoding="utf-8")
    assert ORACLE["clash"]["overwritten"] is True
    with pytest.raises(OutputDirError, match="Alpha.template.json"):
        _synth(out, ["Alpha"])
    assert (out / "Alpha.template.json").read_text(encoding="utf-8") == "the user's own\n"


def test_the_working_directory_aws_cdk_lib_writes_into_is_refused(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.chdir(project)
    assert "manifest.json" in ORACLE["working-directory"]["files"]  # aws-cdk-lib wrote among the sources
    with pytest.raises(OutputDirError, match="is the working directory"):
        _synth(project, ["Alpha"])
    assert sorted(p.name for p in project.iterdir()) == ["app.py"]
