"""Issue 13, group 1: concurrent syntheses into one output directory, the lock, and leftovers of killed runs."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _outdir_support import (
    USER_LAYOUTS,
    files_of,
    own_leftovers,
    state_of,
    synth,
    user_snapshot,
    write_script,
    write_user_files,
)

from constructs._private.output_dir import OutputDirError, recover_output_dir


def _start_many(script: Path, outdir: Path, versions: list[int], asset_source: Path,
                env: dict[str, str] | None = None) -> list[subprocess.CompletedProcess[str]]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "PYCDK_"))}
    environment.update(env or {})
    procs = [
        subprocess.Popen([sys.executable, str(script), str(outdir), str(v), str(asset_source)], cwd=script.parent,
                         env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for v in versions
    ]
    done = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return done


@pytest.mark.parametrize("layout", ["missing", "previous-assembly", "user-files"])
def test_ten_synths_into_one_folder_all_succeed_and_leave_one_whole_assembly(
        tmp_path: Path, layout: str, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "cdk.out"
    if layout != "missing":
        synth(outdir, 1, asset_source)
    if layout == "user-files":
        write_user_files(outdir, USER_LAYOUTS["sources"])
    before = user_snapshot(outdir, USER_LAYOUTS["sources"]) if layout == "user-files" else {}
    script = write_script(tmp_path)
    done = _start_many(script, outdir, [1, 2] * 5, asset_source)
    assert [d.returncode for d in done] == [0] * 10, [d.stderr[-500:] for d in done if d.returncode]
    assert state_of(outdir, references[1], references[2]) in ("old", "new")
    found = set(files_of(outdir)) - set(USER_LAYOUTS["sources"])
    assert found in (set(references[1]), set(references[2]))  # one assembly, no mixture
    assert own_leftovers(outdir) == []
    if before:
        assert user_snapshot(outdir, USER_LAYOUTS["sources"]) == before


def test_a_held_lock_times_out_with_another_synth_is_writing(
        tmp_path: Path, asset_source: Path, references: dict[int, dict[str, bytes]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    monkeypatch.setenv("PYCDK_OUTDIR_LOCK_TIMEOUT", "0.3")
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        started = time.monotonic()
        with pytest.raises(OutputDirError) as e:
            synth(outdir, 2)
        assert time.monotonic() - started < 5
    finally:
        os.close(fd)
    assert str(e.value).startswith(f"another synth is writing {outdir} (waited 0.3s")
    assert "\n" not in str(e.value)
    assert files_of(outdir) == references[1]
    assert own_leftovers(outdir) == []


def test_a_synth_waits_for_a_lock_released_in_time(tmp_path: Path, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "cdk.out"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX); "
         "print('held', flush=True); time.sleep(0.5)", str(tmp_path)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    synth(outdir, 2)
    holder.wait(timeout=30)
    assert files_of(outdir) == references[2]


def test_the_lock_is_released_after_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cdk.out"
    target.mkdir()
    (target / "manifest.json").write_text("not mine", encoding="utf-8")
    with pytest.raises(OutputDirError):
        synth(target, 2)
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError if still held
    finally:
        os.close(fd)


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_staging_folders_of_killed_runs_are_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / f".pycdk-synth-{dead}-0123456789ab"
    (stale / "sub").mkdir(parents=True)
    (stale / "Alpha.template.json").write_text("{}", encoding="utf-8")
    synth(tmp_path / "cdk.out", 2)
    assert not stale.exists()


def test_staging_folders_of_an_older_pycdk_are_removed(tmp_path: Path) -> None:
    legacy = tmp_path / ".pycdk-synth-0a1b2c3d4e5f"
    legacy.mkdir()
    legacy_old = tmp_path / ".pycdk-synth-0a1b2c3d4e5f.old"
    legacy_old.mkdir()
    synth(tmp_path / "cdk.out", 2)
    assert not legacy.exists() and not legacy_old.exists()


def test_staging_folders_of_running_syntheses_are_kept(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".pycdk-synth-{sleeper.pid}-0123456789ab"
        live.mkdir()
        synth(tmp_path / "cdk.out", 2)
        assert live.is_dir()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_backup_folder_of_a_killed_merge_is_removed(tmp_path: Path) -> None:
    outdir = tmp_path / "shared"
    write_user_files(outdir, USER_LAYOUTS["a-notes-file"])
    backup = outdir / f".pycdk-old-{_dead_pid()}-abcd0123"
    backup.mkdir()
    (backup / "Alpha.template.json").write_text("{}", encoding="utf-8")
    synth(outdir, 2)
    assert not backup.exists()
    assert (outdir / "notes.txt").read_text(encoding="utf-8") == "my notes\n"


def test_a_previous_assembly_set_aside_by_a_killed_run_comes_back(
        tmp_path: Path, asset_source: Path, references: dict[int, dict[str, bytes]]) -> None:
    outdir = tmp_path / "cdk.out"
    synth(outdir, 1, asset_source)
    outdir.rename(tmp_path / f".pycdk-prev-{_dead_pid()}-cdk.out")
    recover_output_dir(str(outdir))
    assert files_of(outdir) == references[1]
    assert own_leftovers(outdir) == []


def test_a_previous_assembly_of_another_folder_is_left_alone(tmp_path: Path, asset_source: Path) -> None:
    other = tmp_path / f".pycdk-prev-{_dead_pid()}-other.out"
    other.mkdir()
    synth(tmp_path / "cdk.out", 2)
    assert other.is_dir()


def test_a_mangled_journal_is_dropped_without_touching_files(tmp_path: Path) -> None:
    outdir = tmp_path / "shared"
    write_user_files(outdir, USER_LAYOUTS["sources"])
    (outdir / ".pycdk-journal").write_text("{truncated", encoding="utf-8")
    before = user_snapshot(outdir, USER_LAYOUTS["sources"])
    synth(outdir, 2)
    assert not (outdir / ".pycdk-journal").exists()
    assert user_snapshot(outdir, USER_LAYOUTS["sources"]) == before
