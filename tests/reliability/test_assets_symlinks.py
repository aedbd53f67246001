"""Issue 13, group 4: symbolic links in asset folders, per ``follow_symlinks`` mode, as aws-cdk-lib stages them.

What aws-cdk-lib copies for each mode is recorded in ``asset_hash_expected.json`` (``linked_tree_copies``, from
``FileSystem.copy_directory``). pycdk is stricter than aws-cdk-lib for dangling links it would follow and for
link loops: both are errors naming the link (aws-cdk-lib keeps the first as a link and skips the second).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from _asset_cases import build_linked_tree

import constructs as cdk
from constructs._errors import ValidationError
from l2 import s3_assets

EXPECTED = json.loads((Path(__file__).parent / "asset_hash_expected.json").read_text(encoding="utf-8"))
MODES = {
    "never": cdk.SymlinkFollowMode.NEVER,
    "always": cdk.SymlinkFollowMode.ALWAYS,
    "external": cdk.SymlinkFollowMode.EXTERNAL,
    "internal-only": cdk.SymlinkFollowMode.BLOCK_EXTERNAL,
}


def _stage(tmp_path: Path, source: str, **kwargs: object) -> Path:
    """Synthesize an app with one asset of ``source``; the staged folder."""
    outdir = tmp_path / "cdk.out"
    app = cdk.App(outdir=str(outdir))
    stack = cdk.Stack(app, "Stack")
    asset = s3_assets.Asset(stack, "Asset", path=source, **kwargs)
    app.synth()
    return outdir / asset.asset_path


def _entries(folder: Path) -> dict[str, str]:
    out = {}
    for current, dirs, files in os.walk(folder):
        for entry in sorted(files + dirs):
            full = os.path.join(current, entry)
            rel = os.path.relpath(full, folder)
            if os.path.islink(full):
                out[rel] = "link:" + os.readlink(full)
            elif os.path.isfile(full):
                with open(full, encoding="utf-8") as f:
                    out[rel] = "file:" + f.read()
    return dict(sorted(out.items()))


@pytest.mark.parametrize("mode", ["never", "always", "external"])
def test_staged_copy_equals_aws_cdk_lib(mode: str, tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(tmp_path, asset, follow_symlinks=MODES[mode])
    assert _entries(staged) == EXPECTED["linked_tree_copies"][mode]


def test_never_keeps_links_as_links(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.NEVER)
    assert os.path.islink(staged / "link_external_file")
    assert os.readlink(staged / "link_external_file") == "../outside/x.txt"


def test_never_rewrites_an_absolute_internal_link_to_point_into_the_copy(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.NEVER)
    assert (staged / "link_internal_absolute").read_text(encoding="utf-8") == "inside b\n"
    assert not os.path.isabs(os.readlink(staged / "link_internal_absolute"))


def test_external_resolves_a_link_leaving_the_folder(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(tmp_path, asset)
    assert not os.path.islink(staged / "link_external_dir")
    assert (staged / "link_external_dir" / "y.txt").read_text(encoding="utf-8") == "outside y\n"


def test_always_resolves_an_internal_link(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.ALWAYS)
    assert not os.path.islink(staged / "link_internal_file")


def test_block_external_refuses_a_link_leaving_the_folder(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    with pytest.raises(ValidationError) as info:
        _stage(tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.BLOCK_EXTERNAL)
    message = str(info.value)
    assert "is an external symbolic link which is forbidden due to follow mode internal-only" in message
    assert "outside" in message and "Stack/Asset/Stage" in message


def test_block_external_refuses_a_link_even_with_a_custom_hash(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    with pytest.raises(ValidationError, match="forbidden due to follow mode internal-only"):
        _stage(tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.BLOCK_EXTERNAL, asset_hash="custom")


def test_block_external_accepts_an_excluded_external_link(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(
        tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.BLOCK_EXTERNAL, exclude=["link_external_*"]
    )
    assert sorted(os.listdir(staged)) == [
        "a.txt", "link_internal_absolute", "link_internal_dir", "link_internal_file", "sub",
    ]


def test_block_external_follows_internal_links(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path / "src"))
    staged = _stage(
        tmp_path, asset, follow_symlinks=cdk.SymlinkFollowMode.BLOCK_EXTERNAL, exclude=["link_external_*"]
    )
    assert not os.path.islink(staged / "link_internal_dir")
    assert (staged / "link_internal_dir" / "b.txt").read_text(encoding="utf-8") == "inside b\n"


@pytest.mark.parametrize("mode", ["always", "external", "internal-only"])
def test_dangling_followed_link_is_an_error_naming_the_link(mode: str, tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    (asset / "f.txt").write_text("x", encoding="utf-8")
    # internal for ALWAYS/BLOCK_EXTERNAL, external for EXTERNAL: each mode would follow it
    target = "missing.txt" if mode != "external" else "../missing.txt"
    os.symlink(target, asset / "broken")
    with pytest.raises(ValidationError) as info:
        _stage(tmp_path, str(asset), follow_symlinks=MODES[mode])
    message = str(info.value)
    assert "broken" in message and target in message and "does not exist" in message
    assert "Stack/Asset/Stage" in message


def test_dangling_link_under_never_is_kept(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    os.symlink("missing.txt", asset / "broken")
    staged = _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.NEVER)
    assert os.readlink(staged / "broken") == "missing.txt"


def test_dangling_link_that_is_excluded_is_no_error(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    (asset / "f.txt").write_text("x", encoding="utf-8")
    os.symlink("missing.txt", asset / "broken")
    staged = _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.ALWAYS, exclude=["broken"])
    assert os.listdir(staged) == ["f.txt"]


def test_link_loop_to_the_asset_root_is_an_error_naming_the_link(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    (asset / "sub").mkdir(parents=True)
    os.symlink("..", asset / "sub" / "up")
    with pytest.raises(ValidationError) as info:
        _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.ALWAYS)
    message = str(info.value)
    assert "Symbolic link loop" in message and "sub/up" in message and "Stack/Asset/Stage" in message


def test_link_loop_outside_the_folder_is_an_error(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(str(outside), outside / "self")
    os.symlink("../outside", asset / "ext")
    with pytest.raises(ValidationError, match=r"Symbolic link loop .*ext/self"):
        _stage(tmp_path, str(asset))


def test_link_loop_with_a_custom_hash_is_still_an_error(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    os.symlink(".", asset / "me")
    with pytest.raises(ValidationError, match="Symbolic link loop"):
        _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.ALWAYS, asset_hash="h")


def test_link_loop_under_never_is_kept_as_a_link(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    os.symlink(".", asset / "me")
    staged = _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.NEVER)
    assert os.readlink(staged / "me") == "."


def test_link_loop_that_is_excluded_is_no_error(tmp_path: Path) -> None:
    asset = tmp_path / "asset"
    asset.mkdir()
    (asset / "f.txt").write_text("x", encoding="utf-8")
    os.symlink(".", asset / "me")
    staged = _stage(tmp_path, str(asset), follow_symlinks=cdk.SymlinkFollowMode.ALWAYS, exclude=["me"])
    assert os.listdir(staged) == ["f.txt"]


def test_asset_path_that_is_a_link_to_a_folder_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "f.txt").write_text("x", encoding="utf-8")
    os.symlink(str(real), tmp_path / "alias")
    staged = _stage(tmp_path, str(tmp_path / "alias"))
    assert (staged / "f.txt").read_text(encoding="utf-8") == "x"
