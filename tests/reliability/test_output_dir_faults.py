"""Issue 13, group 1: a synth that fails or is killed between any two filesystem steps of writing the assembly
leaves the old or the new assembly whole, and never touches a user's file.

Failures are injected through ``output_dir.set_step_hook`` (in this process) and real ``SIGKILL``s through
``PYCDK_OUTDIR_KILL_AT_STEP`` (in a subprocess). The step counts are those of the documented write sequences:
a rename into place (2 steps), an exchange with the previous assembly (3), two renames where the kernel has no
exchange (5), and the journaled merge into a folder that also holds user files.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from _outdir_support import (
    USER_LAYOUTS,
    files_of,
    own_leftovers,
    run_script,
    state_of,
    synth,
    user_snapshot,
    write_script,
    write_user_files,
)

from constructs._private import output_dir
from constructs._private.output_dir import OutputDirError, recover_output_dir

USER = USER_LAYOUTS["sources"] | USER_LAYOUTS["a-git-folder"]


class Layout:
    """A state of the output directory before the synth of version 2, and how the write goes from it."""

    def __init__(self, name: str, steps: int, commit: int, env: dict[str, str] | None = None,
                 previous: bool = False, user: bool = False, exists: bool = False) -> None:
        self.name = name
        self.steps = steps  # filesystem steps of the write
        self.commit = commit  # the step after which the new assembly is in place
        self.env = env or {}
        self.previous = previous
        self.user = user
        self.exists = exists

    def prepare(self, outdir: Path, asset_source: Path) -> None:
        if self.exists:
            outdir.mkdir()
        if self.previous:
            synth(outdir, 1, asset_source)
        if self.user:
            write_user_files(outdir, USER)


LAYOUTS = {
    layout.name: layout
    for layout in [
        Layout("missing", steps=2, commit=2),
        Layout("empty", steps=2, commit=2, exists=True),
        Layout("previous-assembly", steps=3, commit=2, previous=True),
        Layout("previous-assembly-without-exchange", steps=5, commit=4, previous=True,
               env={"PYCDK_OUTDIR_NO_EXCHANGE": "1"}),
        # 2 (backup folder, journal) + 3 new files + 7 replaced entries x 2, the manifest last (step 19),
        # then 4 old-only entries moved to the backup, the journal and the backup removed
        Layout("previous-assembly-and-user-files", steps=25, commit=19, previous=True, user=True),
        # 2 + 10 new entries (the manifest last, step 12) + journal and backup removed
        Layout("user-files-only", steps=14, commit=12, user=True),
    ]
}

CASES = [(name, k) for name, layout in LAYOUTS.items() for k in range(1, layout.steps + 1)]


def _expected(layout: Layout, outdir: Path, k: int, references: dict[int, dict[str, bytes]]) -> None:
    """Assert the output directory holds what a failure before step ``k`` must leave."""
    if k > layout.commit:
        assert state_of(outdir, references[1], references[2]) == "new"
    elif layout.previous:
        assert state_of(outdir, references[1], references[2]) == "old"
    elif layout.user:
        assert set(files_of(outdir)) == set(USER)
    elif layout.exists:
        assert outdir.is_dir() and list(outdir.iterdir()) == []
    else:
        assert not outdir.exists()


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_the_write_takes_the_documented_number_of_steps(
        tmp_path: Path, name: str, asset_source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = LAYOUTS[name]
    for key, value in layout.env.items():
        monkeypatch.setenv(key, value)
    outdir = tmp_path / "out"
    layout.prepare(outdir, asset_source)
    seen: list[str] = []
    output_dir.set_step_hook(lambda k, what: seen.append(what))
    synth(outdir, 2)
    assert len(seen) == layout.steps, seen
    assert ("manifest.json" in seen[layout.commit - 1]) or layout.commit <= 4


@pytest.mark.parametrize(("name", "k"), CASES)
def test_a_failure_before_a_step_leaves_the_old_or_the_new_assembly(
        tmp_path: Path, name: str, k: int, asset_source: Path, references: dict[int, dict[str, bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    layout = LAYOUTS[name]
    for key, value in layout.env.items():
        monkeypatch.setenv(key, value)
    outdir = tmp_path / "out"
    layout.prepare(outdir, asset_source)
    before = user_snapshot(outdir, USER) if layout.user else {}

    def fail(step: int, what: str) -> None:
        if step == k:
            raise RuntimeError(f"injected before step {step}: {what}")

    output_dir.set_step_hook(fail)
    with pytest.raises(RuntimeError, match=f"injected before step {k}:"):
        synth(outdir, 2)
    _expected(layout, outdir, k, references)
    if layout.user:
        assert user_snapshot(outdir, USER) == before
    output_dir.set_step_hook(None)
    recover_output_dir(str(outdir))
    _expected(layout, outdir, k, references)
    assert own_leftovers(outdir) == []
    synth(outdir, 2)  # and the next synth succeeds
    assert state_of(outdir, references[1], references[2]) == "new"
    if layout.user:
        assert user_snapshot(outdir, USER) == before


def _raise_at(k: int, error: BaseException) -> Callable[[int, str], None]:
    def hook(step: int, what: str) -> None:
        if step == k:
            raise error

    return hook


@pytest.mark.parametrize("name", ["previous-assembly", "previous-assembly-and-user-files"])
def test_a_full_disk_while_moving_is_one_line_naming_the_folder(
        tmp_path: Path, name: str, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    layout = LAYOUTS[name]
    outdir = tmp_path / "out"
    layout.prepare(outdir, asset_source)
    output_dir.set_step_hook(_raise_at(2, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    with pytest.raises(OutputDirError) as e:
        synth(outdir, 2)
    message = str(e.value)
    assert message.startswith(f"no space left on the device of the output directory {outdir}")
    assert "\n" not in message
    assert state_of(outdir, references[1], references[2]) == "old"


def test_a_full_disk_while_writing_the_staging_folder_is_one_line(tmp_path: Path) -> None:
    outdir = tmp_path / "out"

    def build(staging: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.path.join(staging, "Alpha.template.json"))

    with pytest.raises(OutputDirError, match=f"^no space left on the device of the output directory {outdir}"):
        output_dir.write_assembly(str(outdir), build)
    assert list(tmp_path.iterdir()) == []  # the staging folder went too


def test_a_full_disk_reported_as_a_quota_error_is_the_same_line(tmp_path: Path) -> None:
    def build(staging: str) -> None:
        raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))

    with pytest.raises(OutputDirError, match="no space left on the device"):
        output_dir.write_assembly(str(tmp_path / "out"), build)


def test_another_os_error_while_moving_names_the_folder(tmp_path: Path, asset_source: Path,
                                                        references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "out"
    synth(outdir, 1, asset_source)
    output_dir.set_step_hook(_raise_at(2, OSError(errno.EIO, os.strerror(errno.EIO))))
    with pytest.raises(OutputDirError, match=f"^cannot write the assembly to {outdir}: Input/output error$"):
        synth(outdir, 2)
    assert state_of(outdir, references[1], references[2]) == "old"


def test_an_interrupt_while_moving_leaves_the_previous_assembly(
        tmp_path: Path, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "out"
    LAYOUTS["previous-assembly-and-user-files"].prepare(outdir, asset_source)
    output_dir.set_step_hook(_raise_at(10, KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        synth(outdir, 2)
    assert state_of(outdir, references[1], references[2]) == "old"
    assert own_leftovers(outdir) == []


KILL_CASES = [
    ("missing", 1), ("missing", 2),
    ("previous-assembly", 1), ("previous-assembly", 2), ("previous-assembly", 3),
    ("previous-assembly-without-exchange", 3), ("previous-assembly-without-exchange", 4),
    ("previous-assembly-without-exchange", 5),
    ("previous-assembly-and-user-files", 2), ("previous-assembly-and-user-files", 4),
    ("previous-assembly-and-user-files", 9), ("previous-assembly-and-user-files", 19),
    ("previous-assembly-and-user-files", 20), ("previous-assembly-and-user-files", 25),
    ("user-files-only", 6), ("user-files-only", 13),
]


@pytest.mark.parametrize(("name", "k"), KILL_CASES)
def test_a_sigkill_before_a_step_leaves_the_old_or_the_new_assembly(
        tmp_path: Path, name: str, k: int, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    layout = LAYOUTS[name]
    outdir = tmp_path / "out"
    layout.prepare(outdir, asset_source)
    before = user_snapshot(outdir, USER) if layout.user else {}
    script = write_script(tmp_path)
    done = run_script(script, outdir, 2, env={**layout.env, "PYCDK_OUTDIR_KILL_AT_STEP": str(k)})
    assert done.returncode == -signal.SIGKILL, done.stderr
    if layout.user:
        assert user_snapshot(outdir, USER) == before
    if not layout.user and not (layout.env and k == 4):
        # a swap of the whole folder is atomic: at the instant of the kill the folder is whole
        _expected(layout, outdir, k, references)
    # the next synth (or pycdk reading the folder) first finishes or undoes the killed one
    recover_output_dir(str(outdir))
    _expected(layout, outdir, k, references)
    assert own_leftovers(outdir) == []
    if layout.user:
        assert user_snapshot(outdir, USER) == before


def test_a_killed_write_is_recovered_by_the_next_synth(tmp_path: Path, asset_source: Path,
                                                        references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "out"
    LAYOUTS["previous-assembly-and-user-files"].prepare(outdir, asset_source)
    before = user_snapshot(outdir, USER)
    script = write_script(tmp_path)
    done = run_script(script, outdir, 2, env={"PYCDK_OUTDIR_KILL_AT_STEP": "12"})
    assert done.returncode == -signal.SIGKILL
    assert (outdir / ".pycdk-journal").is_file()
    synth(outdir, 1, asset_source)
    assert state_of(outdir, references[2], references[1]) == "new"  # version 1, whole
    assert set(files_of(outdir)) == set(references[1]) | set(USER)
    assert user_snapshot(outdir, USER) == before
    assert own_leftovers(outdir) == []


@pytest.mark.parametrize(("k", "expected"), [(12, "old"), (19, "old"), (20, "new")])
def test_a_killed_merge_is_recovered_even_without_its_staging_folder(
        tmp_path: Path, k: int, expected: str, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    import shutil

    outdir = tmp_path / "out"
    LAYOUTS["previous-assembly-and-user-files"].prepare(outdir, asset_source)
    before = user_snapshot(outdir, USER)
    done = run_script(write_script(tmp_path), outdir, 2, env={"PYCDK_OUTDIR_KILL_AT_STEP": str(k)})
    assert done.returncode == -signal.SIGKILL
    for leftover in tmp_path.glob(".pycdk-synth-*"):
        shutil.rmtree(leftover)  # e.g. a cleaner removed it: the decision must come from the folder itself
    recover_output_dir(str(outdir))
    assert state_of(outdir, references[1], references[2]) == expected
    assert user_snapshot(outdir, USER) == before
    assert own_leftovers(outdir) == []
