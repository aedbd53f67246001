"""Issue 13, group 4: asset arguments are checked (error class, argument and path named) and file modes survive
staging (aws-cdk-lib copies with ``fs.copyFileSync``, which keeps the mode)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import constructs as cdk
from constructs._errors import ValidationError
from l2 import s3_assets


def _app(tmp_path: Path) -> tuple[cdk.App, cdk.Stack]:
    app = cdk.App(outdir=str(tmp_path / "cdk.out"))
    return app, cdk.Stack(app, "Stack")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "asset"
    folder.mkdir()
    (folder / "f.txt").write_text("x", encoding="utf-8")
    return folder


def test_missing_path_names_the_path_and_construct(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    missing = tmp_path / "nope"
    with pytest.raises(ValidationError) as info:
        s3_assets.Asset(stack, "Asset", path=str(missing))
    assert str(missing) in str(info.value) and "Stack/Asset/Stage" in str(info.value)


def test_path_of_wrong_type_is_a_type_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"argument 'path' expects str, got int.*Stack/Asset"):
        s3_assets.Asset(stack, "Asset", path=42)  # type: ignore[arg-type]


def test_staging_checks_follow_symlinks_type_too(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"Stack/Staging: follow_symlinks must be a SymlinkFollowMode, got str"):
        cdk.AssetStaging(stack, "Staging", source_path=str(_folder(tmp_path)), follow_symlinks="never")  # type: ignore


def test_staging_checks_exclude_type_too(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"Stack/Staging: exclude must be a list of str patterns"):
        cdk.AssetStaging(stack, "Staging", source_path=str(_folder(tmp_path)), exclude="*.txt")  # type: ignore


def test_follow_symlinks_of_wrong_type_is_a_type_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"argument 'follow_symlinks' expects SymlinkFollowMode.*Stack/Asset"):
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), follow_symlinks="always")  # type: ignore


def test_ignore_mode_of_wrong_type_is_a_type_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"argument 'ignore_mode' expects IgnoreMode.*Stack/Asset"):
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), ignore_mode="git")  # type: ignore


def test_exclude_given_as_one_string_is_a_type_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"argument 'exclude' expects Sequence\[str\].*got str.*Stack/Asset"):
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), exclude="*.txt")  # type: ignore


def test_exclude_with_a_non_string_is_a_type_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError, match=r"argument 'exclude' expects Sequence\[str\].*Stack/Asset"):
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), exclude=["*.txt", 3])  # type: ignore


def test_invalid_docker_pattern_names_the_pattern_and_construct(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    with pytest.raises(ValidationError) as info:
        s3_assets.Asset(
            stack, "Asset", path=str(_folder(tmp_path)), exclude=["a(b"], ignore_mode=cdk.IgnoreMode.DOCKER
        )
    assert "'a(b'" in str(info.value) and "DOCKER" in str(info.value) and "Stack/Asset/Stage" in str(info.value)


def test_custom_hash_type_without_hash_is_an_error(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    # aws-cdk-lib 2.275's message
    with pytest.raises(ValidationError, match=r"`assetHash` must be specified when `assetHashType` is set to "
                                              r"`AssetHashType.CUSTOM`"):
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), asset_hash_type=cdk.AssetHashType.CUSTOM)


def test_bad_bundling_options_fail_naming_the_construct(tmp_path: Path) -> None:
    # options that are not BundlingOptions are a wrong type: a TypeError naming the argument and the construct path,
    # before any bundling runs
    _, stack = _app(tmp_path)
    with pytest.raises(TypeError) as info:
        s3_assets.Asset(stack, "Asset", path=str(_folder(tmp_path)), bundling=object())
    assert "argument 'bundling' expects BundlingOptions | None, got object" in str(info.value)
    assert "(construct path: Stack/Asset)" in str(info.value)


def test_exec_bit_of_a_file_asset_is_kept(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    script = tmp_path / "run.sh"
    script.write_text("#!/bin/sh\necho hi\n", encoding="utf-8")
    script.chmod(0o755)
    asset = s3_assets.Asset(stack, "Asset", path=str(script))
    app.synth()
    staged = tmp_path / "cdk.out" / asset.asset_path
    assert stat.S_IMODE(staged.stat().st_mode) == 0o755


def test_file_modes_inside_a_folder_asset_are_kept(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    folder = _folder(tmp_path)
    (folder / "bin").mkdir()
    (folder / "bin" / "tool").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "bin" / "tool").chmod(0o750)
    (folder / "f.txt").chmod(0o600)
    asset = s3_assets.Asset(stack, "Asset", path=str(folder))
    app.synth()
    staged = tmp_path / "cdk.out" / asset.asset_path
    assert stat.S_IMODE((staged / "bin" / "tool").stat().st_mode) == 0o750
    assert stat.S_IMODE((staged / "f.txt").stat().st_mode) == 0o600


def test_exec_bit_of_a_file_reached_through_a_followed_link_is_kept(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    folder = _folder(tmp_path)
    tool = tmp_path / "tool"
    tool.write_text("#!/bin/sh\n", encoding="utf-8")
    tool.chmod(0o755)
    os.symlink("../tool", folder / "tool")
    asset = s3_assets.Asset(stack, "Asset", path=str(folder))
    app.synth()
    staged = tmp_path / "cdk.out" / asset.asset_path / "tool"
    assert not staged.is_symlink() and stat.S_IMODE(staged.stat().st_mode) == 0o755


@pytest.mark.parametrize(
    ("mode", "exclude", "kept"),
    [
        (cdk.IgnoreMode.GLOB, ["a/**/c.txt"], ["b.txt", "c.txt"]),
        (cdk.IgnoreMode.GIT, ["/c.txt"], ["a/c.txt", "b.txt"]),
        (cdk.IgnoreMode.DOCKER, ["a"], ["b.txt", "c.txt"]),
    ],
)
def test_exclude_is_read_per_ignore_mode_when_staging(
    mode: cdk.IgnoreMode, exclude: list[str], kept: list[str], tmp_path: Path
) -> None:
    app, stack = _app(tmp_path)
    folder = tmp_path / "asset"
    (folder / "a").mkdir(parents=True)
    for rel in ("a/c.txt", "b.txt", "c.txt"):
        (folder / rel).write_text(rel, encoding="utf-8")
    asset = s3_assets.Asset(stack, "Asset", path=str(folder), exclude=exclude, ignore_mode=mode)
    app.synth()
    staged = tmp_path / "cdk.out" / asset.asset_path
    found = sorted(
        os.path.relpath(os.path.join(d, f), staged).replace(os.sep, "/") for d, _, fs in os.walk(staged) for f in fs
    )
    assert found == kept
