"""Issue 13, group 1: synthesis replaces only the assembly in its output directory and never removes a user's file.

aws-cdk-lib (checked with the oracle) writes into the output directory in place: it keeps every other file and
overwrites any file named like an assembly file, a user's included. pycdk keeps the other files too, but is
stricter: it refuses an output directory that is the project root, and refuses to overwrite a file that is not
part of a previous assembly (a ``manifest.json`` names the files of an assembly).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from _outdir_support import (
    USER_LAYOUTS,
    files_of,
    own_leftovers,
    state_of,
    synth,
    user_snapshot,
    write_user_files,
)

from constructs import App, CfnResource, Stack, Stage
from constructs._errors import SynthesisError
from constructs._private.output_dir import OutputDirError


def test_a_new_output_directory_holds_the_assembly(tmp_path: Path, references: dict[int, dict[str, bytes]],
                                                  asset_source: Path) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    assert files_of(outdir) == references[1]
    assert own_leftovers(outdir) == []


def test_a_new_output_directory_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        synth(tmp_path / "cdk.out", 2)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "cdk.out").stat().st_mode) == 0o750


def test_missing_parent_folders_are_created(tmp_path: Path, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "a" / "b" / "cdk.out"
    synth(outdir, 2)
    assert files_of(outdir) == references[2]


def test_an_empty_output_directory_keeps_its_mode(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    outdir.mkdir()
    outdir.chmod(0o711)
    synth(outdir, 2)
    assert stat.S_IMODE(outdir.stat().st_mode) == 0o711


def test_a_previous_assembly_is_replaced_and_its_stale_files_go(
        tmp_path: Path, references: dict[int, dict[str, bytes]], asset_source: Path) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    synth(outdir, 2)
    assert files_of(outdir) == references[2]  # Beta's files and the asset folder are gone
    assert own_leftovers(outdir) == []


def test_replacing_a_previous_assembly_keeps_the_folder_mode(tmp_path: Path, asset_source: Path) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    outdir.chmod(0o705)
    synth(outdir, 2)
    assert stat.S_IMODE(outdir.stat().st_mode) == 0o705


def test_a_symlinked_output_directory_stays_a_symlink(tmp_path: Path, references: dict[int, dict[str, bytes]],
                                                     asset_source: Path) -> None:
    real = tmp_path / "elsewhere" / "assembly"
    real.mkdir(parents=True)
    link = tmp_path / "cdk.out"
    link.symlink_to(real, target_is_directory=True)
    synth(link, 1, asset_source)
    synth(link, 2)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert files_of(real) == references[2]


def test_a_symlinked_output_directory_keeps_the_targets_user_files(tmp_path: Path, asset_source: Path) -> None:
    real = tmp_path / "target"
    real.mkdir()
    write_user_files(real, USER_LAYOUTS["a-notes-file"])
    before = user_snapshot(real, USER_LAYOUTS["a-notes-file"])
    link = tmp_path / "cdk.out"
    link.symlink_to(real)
    synth(link, 1, asset_source)
    synth(link, 2)
    assert link.is_symlink()
    assert user_snapshot(real, USER_LAYOUTS["a-notes-file"]) == before


@pytest.mark.parametrize("layout", sorted(USER_LAYOUTS))
def test_user_files_next_to_a_previous_assembly_are_kept(
        tmp_path: Path, layout: str, references: dict[int, dict[str, bytes]], asset_source: Path) -> None:
    outdir = tmp_path / "out"
    synth(outdir, 1, asset_source)
    write_user_files(outdir, USER_LAYOUTS[layout])
    before = user_snapshot(outdir, USER_LAYOUTS[layout])
    synth(outdir, 2)
    assert user_snapshot(outdir, USER_LAYOUTS[layout]) == before
    assert state_of(outdir, references[1], references[2]) == "new"
    # the previous assembly's files the new one does not have are gone; nothing else is
    assert set(files_of(outdir)) == set(references[2]) | set(USER_LAYOUTS[layout])
    assert own_leftovers(outdir) == []


@pytest.mark.parametrize("layout", sorted(USER_LAYOUTS))
def test_user_files_in_a_folder_without_an_assembly_are_kept(
        tmp_path: Path, layout: str, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "src"
    write_user_files(outdir, USER_LAYOUTS[layout])
    before = user_snapshot(outdir, USER_LAYOUTS[layout])
    synth(outdir, 2)
    assert user_snapshot(outdir, USER_LAYOUTS[layout]) == before
    assert set(files_of(outdir)) == set(references[2]) | set(USER_LAYOUTS[layout])


def test_a_folder_with_user_files_keeps_its_mode_and_inode(tmp_path: Path) -> None:
    outdir = tmp_path / "src"
    write_user_files(outdir, USER_LAYOUTS["sources"])
    outdir.chmod(0o750)
    inode = outdir.stat().st_ino
    synth(outdir, 2)
    synth(outdir, 2)
    assert stat.S_IMODE(outdir.stat().st_mode) == 0o750
    assert outdir.stat().st_ino == inode  # merged in place, not swapped


def test_repeated_synths_into_a_shared_folder_leave_one_assembly(
        tmp_path: Path, references: dict[int, dict[str, bytes]], asset_source: Path) -> None:
    outdir = tmp_path / "shared"
    write_user_files(outdir, USER_LAYOUTS["dotfiles"])
    for version in (1, 2, 1, 2):
        synth(outdir, version, asset_source)
    assert set(files_of(outdir)) == set(references[2]) | set(USER_LAYOUTS["dotfiles"])


@pytest.mark.parametrize("name", [
    "manifest.json", "cdk.out", "tree.json", "Alpha.template.json", "Alpha.assets.json", "Gamma.metadata.json",
])
def test_a_user_file_named_like_an_assembly_file_is_refused_not_overwritten(tmp_path: Path, name: str) -> None:
    outdir = tmp_path / "mine"
    outdir.mkdir()
    (outdir / name).write_text("the user's own file\n", encoding="utf-8")
    with pytest.raises(OutputDirError) as e:
        synth(outdir, 2)
    message = str(e.value)
    assert "\n" not in message
    assert str(outdir) in message and name in message
    assert (outdir / name).read_text(encoding="utf-8") == "the user's own file\n"
    assert sorted(p.name for p in outdir.iterdir()) == [name]
    assert own_leftovers(outdir) == []


def test_a_user_folder_named_like_a_nested_assembly_is_refused(tmp_path: Path) -> None:
    outdir = tmp_path / "mine"
    (outdir / "assembly-Prod").mkdir(parents=True)
    (outdir / "assembly-Prod" / "keep.txt").write_text("k", encoding="utf-8")
    with pytest.raises(OutputDirError, match="assembly-Prod"):
        synth(outdir, 2)
    assert (outdir / "assembly-Prod" / "keep.txt").read_text(encoding="utf-8") == "k"


def test_a_stale_template_not_in_the_previous_manifest_is_refused(tmp_path: Path, asset_source: Path) -> None:
    # an aws-cdk-lib cdk.out keeps old files forever; one the previous manifest does not name is not pycdk's
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    (outdir / "Gamma.template.json").write_text("{}", encoding="utf-8")
    with pytest.raises(OutputDirError, match="Gamma.template.json"):
        synth(outdir, 2)
    assert (outdir / "Gamma.template.json").read_text(encoding="utf-8") == "{}"


def test_a_refused_synth_leaves_the_previous_assembly(tmp_path: Path, references: dict[int, dict[str, bytes]],
                                                     asset_source: Path) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    (outdir / "Gamma.assets.json").write_text("{}", encoding="utf-8")
    with pytest.raises(OutputDirError):
        synth(outdir, 2)
    assert state_of(outdir, references[1], references[2]) == "old"


def test_an_unreadable_manifest_makes_every_file_a_user_file(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    outdir.mkdir()
    (outdir / "manifest.json").write_text("{not json", encoding="utf-8")
    (outdir / "notes.txt").write_text("n", encoding="utf-8")
    with pytest.raises(OutputDirError, match="manifest.json"):
        synth(outdir, 2)
    assert (outdir / "manifest.json").read_text(encoding="utf-8") == "{not json"


def test_manifest_paths_leaving_the_folder_are_not_taken_as_assembly_files(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    outdir.mkdir()
    (tmp_path / "victim.txt").write_text("v", encoding="utf-8")
    (outdir / "manifest.json").write_text(
        '{"version": "55.0.0", "artifacts": {"X": {"type": "aws:cloudformation:stack", '
        '"properties": {"templateFile": "../victim.txt"}, "additionalMetadataFile": "/etc/hostname"}}}',
        encoding="utf-8",
    )
    synth(outdir, 2)
    assert (tmp_path / "victim.txt").read_text(encoding="utf-8") == "v"


@pytest.mark.parametrize("where", ["working-directory", "folder-above", "project-with-cdk-json", "home"])
def test_the_project_root_is_refused_as_output_directory(
        tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    write_user_files(project, {**USER_LAYOUTS["a-git-folder"], "app.py": "x = 1\n"})
    if where == "working-directory":
        monkeypatch.chdir(project)
        outdir = project
    elif where == "folder-above":
        monkeypatch.chdir(project / "src")
        outdir = project
    elif where == "project-with-cdk-json":
        (project / "cdk.json").write_text('{"app": "python3 app.py"}', encoding="utf-8")
        outdir = project
    else:
        monkeypatch.setenv("HOME", str(project))
        outdir = project
    before = sorted(p.name for p in project.iterdir())
    with pytest.raises(OutputDirError) as e:
        synth(outdir, 2)
    assert str(outdir) in str(e.value) and "\n" not in str(e.value)
    assert sorted(p.name for p in project.iterdir()) == before
    assert (project / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/main\n"


def test_the_filesystem_root_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputDirError, match="filesystem root"):
        synth("/", 2)


def test_a_dot_output_directory_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep.txt").write_text("k", encoding="utf-8")
    with pytest.raises(OutputDirError, match=r"^the output directory \. is the working directory"):
        synth(".", 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_an_output_directory_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "cdk.out"
    target.write_text("a file", encoding="utf-8")
    with pytest.raises(OutputDirError, match=f"{target} is a file, not a directory"):
        synth(target, 2)
    assert target.read_text(encoding="utf-8") == "a file"
    assert own_leftovers(target) == []


def test_an_output_directory_below_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "build"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputDirError, match=f"{blocker} is a file"):
        synth(blocker / "cdk.out", 2)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_an_output_directory_that_is_a_dangling_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "cdk.out"
    link.symlink_to(tmp_path / "missing")
    with pytest.raises(OutputDirError, match="symlink to a missing path"):
        synth(link, 2)
    assert link.is_symlink()


def test_the_output_directory_error_is_a_synthesis_error_and_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(SynthesisError) as e:
        synth(tmp_path / "f", 2)
    assert isinstance(e.value, OSError) and isinstance(e.value, RuntimeError)


def test_a_failed_synth_leaves_the_previous_assembly_and_no_staging_folder(
        tmp_path: Path, references: dict[int, dict[str, bytes]], asset_source: Path) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    with pytest.raises(SynthesisError, match="broken on purpose"):
        synth(outdir, 2, fail=True)
    assert files_of(outdir) == references[1]
    assert own_leftovers(outdir) == []


def test_a_failed_first_synth_leaves_no_output_directory(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    with pytest.raises(SynthesisError, match="broken on purpose"):
        synth(outdir, 2, fail=True)
    assert not outdir.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_synth_into_a_shared_folder_touches_no_file(tmp_path: Path, asset_source: Path) -> None:
    outdir = tmp_path / "shared"
    write_user_files(outdir, USER_LAYOUTS["sources"])
    synth(outdir, 1, asset_source)
    before = {rel: (outdir / rel).stat().st_mtime_ns for rel in files_of(outdir)}
    with pytest.raises(SynthesisError):
        synth(outdir, 2, fail=True)
    assert {rel: (outdir / rel).stat().st_mtime_ns for rel in files_of(outdir)} == before


def test_a_staged_asset_folder_the_manifest_does_not_name_is_kept(tmp_path: Path, asset_source: Path) -> None:
    # aws-cdk-lib leaves the asset folders of earlier synths; one the previous manifest does not name is not
    # known to be an assembly file, so it stays
    outdir = tmp_path / "cdk.out"
    synth(outdir, 2)
    stale = outdir / "asset.0123abcd"
    stale.mkdir()
    (stale / "index.py").write_text("handler = 1\n", encoding="utf-8")
    synth(outdir, 1, asset_source)
    synth(outdir, 2)
    assert (stale / "index.py").read_text(encoding="utf-8") == "handler = 1\n"
    assert not [p for p in outdir.iterdir() if p.name.startswith("asset.") and p != stale]


def _app_with_stage(outdir: Path) -> tuple[App, Stage]:
    app = App(outdir=str(outdir))
    stage = Stage(app, "Prod")
    CfnResource(Stack(stage, "S"), "Topic", type="AWS::SNS::Topic")
    return app, stage


def test_a_stage_synthesized_first_is_part_of_the_apps_assembly(tmp_path: Path) -> None:
    # aws-cdk-lib (checked with the oracle) allows stage.synth() then app.synth(): CDK Pipelines does it
    outdir = tmp_path / "cdk.out"
    outdir.mkdir()
    (outdir / "notes.txt").write_text("mine")
    app, stage = _app_with_stage(outdir)
    stage.synth()
    assert sorted(os.listdir(outdir)) == ["assembly-Prod", "notes.txt"]
    app.synth()
    assert {"manifest.json", "assembly-Prod", "notes.txt"} <= set(os.listdir(outdir))
    assert (outdir / "assembly-Prod" / "ProdSE3C5559C.template.json").is_file()
    assert (outdir / "notes.txt").read_text() == "mine"


def test_a_users_folder_named_like_a_stage_assembly_is_still_refused(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    (outdir / "assembly-Prod").mkdir(parents=True)
    (outdir / "assembly-Prod" / "mine.txt").write_text("mine")
    (outdir / "other.txt").write_text("mine")
    app, _ = _app_with_stage(outdir)
    with pytest.raises(OutputDirError, match="holds assembly-Prod, which is not part of a previous assembly"):
        app.synth()
    assert (outdir / "assembly-Prod" / "mine.txt").read_text() == "mine"
