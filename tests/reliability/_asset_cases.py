"""Files and folders whose aws-cdk-lib asset hashes are recorded in ``asset_hash_expected.json``.

Shared by the tests and ``_asset_oracle.py`` (run in the oracle venv), so both sides build the same bytes.
"""

from __future__ import annotations

import os

CHUNK = 8 * 1024

# name -> file content (bytes): text/binary detection, CRLF across chunk ends, UTF-8 split across chunk ends
CONTENTS: dict[str, bytes] = {
    "empty": b"",
    "crlf": b"a\r\nb\r\nc",
    "lone_cr": b"a\rb\r",
    "only_cr": b"\r",
    "cr_at_chunk_end": b"a" * (CHUNK - 1) + b"\r\nrest\r\n",
    "cr_run_across_chunks": b"a" * (CHUNK - 1) + b"\r" + b"\r" * CHUNK + b"\nend",
    "two_byte_char_split": b"a" * (CHUNK - 1) + "é".encode() + b"tail",
    "four_byte_char_split": b"a" * (CHUNK - 2) + "😀".encode() + b"tail\r\n",
    "latin1_text": "café\r\nnaïve\r\n".encode("latin-1"),
    "bom_text": b"\xef\xbb\xbfhello\r\n",
    "binary_first_chunk": b"\x00\x01\r\n\x02" * 100,
    "nul_in_second_chunk": b"x\r\n" * (CHUNK // 3 + 10) + b"\x00\r\n",
    "cr_then_binary_chunk": b"a" * (CHUNK - 1) + b"\r" + b"\x00\r\nbin",
    "large_text": b"line of text\r\n" * 20000,
}


def write_contents(folder: str) -> dict[str, str]:
    """Write every ``CONTENTS`` entry as a file in ``folder``; name -> path."""
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for name, data in CONTENTS.items():
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        paths[name] = path
    return paths


def build_linked_tree(base: str, *, dangling: bool = False) -> str:
    """``base/asset`` with links inside it and out of it (to ``base/outside``); the asset folder's path."""
    asset = os.path.join(base, "asset")
    outside = os.path.join(base, "outside")
    os.makedirs(os.path.join(asset, "sub"), exist_ok=True)
    os.makedirs(os.path.join(outside, "dir"), exist_ok=True)
    for rel, text in (
        ("asset/a.txt", "inside a\n"),
        ("asset/sub/b.txt", "inside b\n"),
        ("outside/x.txt", "outside x\n"),
        ("outside/dir/y.txt", "outside y\n"),
    ):
        with open(os.path.join(base, *rel.split("/")), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    os.symlink("a.txt", os.path.join(asset, "link_internal_file"))
    os.symlink("sub", os.path.join(asset, "link_internal_dir"))
    os.symlink(os.path.join(asset, "sub", "b.txt"), os.path.join(asset, "link_internal_absolute"))
    os.symlink("../outside/x.txt", os.path.join(asset, "link_external_file"))
    os.symlink("../outside/dir", os.path.join(asset, "link_external_dir"))
    if dangling:
        os.symlink("does-not-exist.txt", os.path.join(asset, "link_dangling"))
    return asset
