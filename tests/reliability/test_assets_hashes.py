"""Issue 13, group 4: asset hashes equal aws-cdk-lib's, read in chunks, and follow links' targets.

Expected hashes come from ``asset_hash_expected.json``, written by ``_asset_oracle.py`` with aws-cdk-lib 2.275.0
(``FileSystem.fingerprint``) on the same bytes (``_asset_cases``).
"""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest
from _asset_cases import CONTENTS, build_linked_tree, write_contents

import constructs as cdk
from constructs._private.fingerprint import content_fingerprint, fingerprint
from l2 import s3_assets

EXPECTED = json.loads((Path(__file__).parent / "asset_hash_expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CONTENTS))
def test_file_hash_equals_aws_cdk_lib(name: str, tmp_path: Path) -> None:
    paths = write_contents(str(tmp_path))
    assert fingerprint(paths[name]) == EXPECTED["files"][name]


@pytest.mark.parametrize("mode", ["never", "always", "external", "internal-only"])
def test_linked_folder_hash_equals_aws_cdk_lib(mode: str, tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path))
    # aws-cdk-lib hashes a BLOCK_EXTERNAL folder with external links (it refuses it only when copying)
    assert fingerprint(asset, follow=mode, refuse_blocked_links=False) == EXPECTED["linked_tree"][mode]


def test_dangling_link_kept_as_link_under_never_hashes_as_aws_cdk_lib(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path), dangling=True)
    assert fingerprint(asset, follow="never") == EXPECTED["dangling_never"]


@pytest.mark.parametrize("mode", ["always", "external"])
def test_hash_changes_when_a_followed_links_target_changes(mode: str, tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path))
    before = fingerprint(asset, follow=mode)
    (tmp_path / "outside" / "x.txt").write_text("changed\n", encoding="utf-8")
    assert fingerprint(asset, follow=mode) != before


def test_hash_ignores_a_kept_links_target_content(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path))
    before = fingerprint(asset, follow="never")
    (tmp_path / "outside" / "x.txt").write_text("changed\n", encoding="utf-8")
    assert fingerprint(asset, follow="never") == before


def test_hash_changes_when_a_link_is_retargeted(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path))
    before = fingerprint(asset, follow="never")
    os.remove(os.path.join(asset, "link_internal_file"))
    os.symlink("sub/b.txt", os.path.join(asset, "link_internal_file"))
    assert fingerprint(asset, follow="never") != before


def test_asset_construct_hash_changes_with_the_external_target(tmp_path: Path) -> None:
    asset = build_linked_tree(str(tmp_path))

    def asset_hash() -> str:
        app = cdk.App()
        stack = cdk.Stack(app, "S")
        return s3_assets.Asset(stack, "A", path=asset).asset_hash

    before = asset_hash()
    (tmp_path / "outside" / "dir" / "y.txt").write_text("new y\n", encoding="utf-8")
    assert asset_hash() != before


def test_hashing_a_large_file_keeps_memory_flat(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    block = (b"0123456789abcdef" * 64 + b"\r\n") * 1024  # ~1 MiB of text
    with open(big, "wb") as f:
        for _ in range(48):
            f.write(block)
    tracemalloc.start()
    try:
        content_fingerprint(str(big))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 512 * 1024, f"peak {peak} bytes while hashing a {big.stat().st_size} byte file"
