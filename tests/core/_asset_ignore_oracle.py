"""Writes ``asset_ignore_expected.json``: what aws-cdk-lib includes and hashes for each ignore-rule case.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/core/_asset_ignore_oracle.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

import aws_cdk as cdk

sys.path.insert(0, os.path.dirname(__file__))
from _asset_ignore_cases import PATTERNS, build_tree, listed

MODES = {"glob": cdk.IgnoreMode.GLOB, "git": cdk.IgnoreMode.GIT, "docker": cdk.IgnoreMode.DOCKER}


def main() -> None:
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        build_tree(src)
        for mode_name, mode in MODES.items():
            for i, patterns in enumerate(PATTERNS):
                dest = os.path.join(tmp, f"out-{mode_name}-{i}")
                cdk.FileSystem.copy_directory(src, dest, cdk.CopyOptions(exclude=list(patterns), ignore_mode=mode))
                digest = cdk.FileSystem.fingerprint(src, exclude=list(patterns), ignore_mode=mode)
                cases.append({"mode": mode_name, "exclude": list(patterns), "included": listed(dest), "hash": digest})
    out = os.path.join(os.path.dirname(__file__), "asset_ignore_expected.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"aws-cdk-lib": "2.275.0", "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
