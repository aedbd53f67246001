"""Writes ``asset_hash_expected.json``: aws-cdk-lib's hashes of the ``_asset_cases`` files and folders.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/reliability/_asset_oracle.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

import aws_cdk as cdk

sys.path.insert(0, os.path.dirname(__file__))
from _asset_cases import build_linked_tree, write_contents

MODES = {
    "never": cdk.SymlinkFollowMode.NEVER,
    "always": cdk.SymlinkFollowMode.ALWAYS,
    "external": cdk.SymlinkFollowMode.EXTERNAL,
    "internal-only": cdk.SymlinkFollowMode.BLOCK_EXTERNAL,
}


def main() -> None:
    out: dict[str, object] = {"aws-cdk-lib": "2.275.0"}
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_contents(os.path.join(tmp, "files"))
        out["files"] = {name: cdk.FileSystem.fingerprint(path) for name, path in paths.items()}
        asset = build_linked_tree(os.path.join(tmp, "tree"))
        out["linked_tree"] = {name: cdk.FileSystem.fingerprint(asset, follow=mode) for name, mode in MODES.items()}
        dangling = build_linked_tree(os.path.join(tmp, "dangling"), dangling=True)
        out["dangling_never"] = cdk.FileSystem.fingerprint(dangling, follow=cdk.SymlinkFollowMode.NEVER)
        # what aws-cdk-lib copies for each mode: file -> "link:<target>" or "file:<content>"
        copies = {}
        for name, mode in MODES.items():
            if name == "internal-only":
                continue
            dest = os.path.join(tmp, f"copy-{name}")
            cdk.FileSystem.copy_directory(asset, dest, cdk.CopyOptions(follow=mode))
            entries = {}
            for folder, dirs, files in os.walk(dest):
                for entry in sorted(files + dirs):
                    full = os.path.join(folder, entry)
                    rel = os.path.relpath(full, dest)
                    if os.path.islink(full):
                        entries[rel] = "link:" + os.readlink(full)
                    elif os.path.isfile(full):
                        with open(full, encoding="utf-8") as f:
                            entries[rel] = "file:" + f.read()
            copies[name] = dict(sorted(entries.items()))
        out["linked_tree_copies"] = copies
    path = os.path.join(os.path.dirname(__file__), "asset_hash_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
