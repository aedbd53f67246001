"""Helpers of the output-directory tests: two versions of an app, the files of their assemblies, user files.

Version 1 has the stacks Alpha (with a file asset), Beta and Prod/Svc (a stage, i.e. a nested assembly);
version 2 changes Alpha, drops Beta and the asset, adds Gamma. Replacing one by the other exercises files that
are replaced, removed and added, a nested assembly folder and a staged asset folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

APP_SOURCE = '''
import os, sys
from constructs import App, Stack, Stage
from l1 import sqs

def build(outdir, version, asset_source=None, fail=False):
    # no built-in validation: its validation-report.json is written after the assembly, outside the write counted
    app = App(outdir=outdir, builtin_cloud_formation_validation=False)
    alpha = Stack(app, "Alpha")
    sqs.CfnQueue(alpha, "Q", visibility_timeout=10 * version)
    if version == 1:
        sqs.CfnQueue(Stack(app, "Beta"), "Q")
        if asset_source:
            from l2.s3_assets import Asset
            Asset(alpha, "Data", path=asset_source)
    else:
        sqs.CfnQueue(Stack(app, "Gamma"), "Q")
    svc = Stack(Stage(app, "Prod"), "Svc")
    sqs.CfnQueue(svc, "Q", delay_seconds=version)
    if fail:
        alpha.node.add_validation(type("V", (), {"validate": lambda self: ["broken on purpose"]})())
    return app.synth()

if __name__ == "__main__":
    build(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None)
'''

_namespace: dict[str, object] = {}
exec(compile(APP_SOURCE, "<reliability app>", "exec"), _namespace)


def synth(outdir: Path | str, version: int, asset_source: Path | None = None, fail: bool = False) -> object:
    """Synthesize version ``version`` of the app into ``outdir`` in this process."""
    build = _namespace["build"]
    return build(str(outdir), version, str(asset_source) if asset_source else None, fail)  # type: ignore[operator]


def write_script(directory: Path) -> Path:
    """The app as a script: ``python app.py <outdir> <version> [<asset source>]``."""
    path = directory / "reliability_app.py"
    path.write_text(APP_SOURCE, encoding="utf-8")
    return path


def run_script(script: Path, outdir: Path, version: int, asset_source: Path | None = None,
               env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "PYCDK_"))}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(script), str(outdir), str(version), str(asset_source or "")],
        cwd=script.parent, env=environment, capture_output=True, text=True, timeout=timeout,
    )


def files_of(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (relative path -> content)."""
    found: dict[str, bytes] = {}
    for root, _dirs, names in os.walk(directory):
        for name in names:
            path = Path(root) / name
            found[str(path.relative_to(directory))] = path.read_bytes()
    return found


def holds_whole(directory: Path, expected: dict[str, bytes]) -> bool:
    """True when every file of the expected assembly is in ``directory`` with the same content."""
    for rel, content in expected.items():
        path = directory / rel
        if not path.is_file() or path.read_bytes() != content:
            return False
    return True


def state_of(directory: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """``"old"``, ``"new"`` or ``"none"``: which assembly ``directory`` holds whole."""
    if holds_whole(directory, new):
        return "new"
    if holds_whole(directory, old):
        return "old"
    return "none"


USER_LAYOUTS: dict[str, dict[str, str]] = {
    "a-notes-file": {"notes.txt": "my notes\n"},
    "a-git-folder": {".git/HEAD": "ref: refs/heads/main\n", ".git/config": "[core]\n"},
    "sources": {"src/app.py": "print('hi')\n", "src/lib/util.py": "X = 1\n"},
    "dotfiles": {".env": "SECRET=1\n", ".gitignore": "cdk.out\n"},
    "lookalike-names": {"Alpha.template.yaml": "x\n", "manifest.json.bak": "{}\n", "assets-notes.md": "n\n"},
}
"""Sets of user files (relative path -> text) found in an output directory next to an assembly."""


def write_user_files(directory: Path, layout: dict[str, str]) -> None:
    for rel, text in layout.items():
        path = directory / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def user_snapshot(directory: Path, layout: dict[str, str]) -> dict[str, tuple[bytes, int, int, int]]:
    """Content, inode, modification time and mode of each user file: all four must stay the same."""
    snap: dict[str, tuple[bytes, int, int, int]] = {}
    for rel in layout:
        path = directory / rel
        st = path.stat()
        snap[rel] = (path.read_bytes(), st.st_ino, st.st_mtime_ns, st.st_mode)
    return snap


def own_leftovers(directory: Path) -> list[str]:
    """Staging, backup and journal entries of pycdk in and next to ``directory``."""
    prefixes = (".pycdk-synth-", ".pycdk-old-", ".pycdk-prev-", ".pycdk-journal")
    found = [p.name for p in directory.parent.iterdir() if p.name.startswith(prefixes)]
    if directory.is_dir():
        found += [p.name for p in directory.iterdir() if p.name.startswith(prefixes)]
    return sorted(found)
