"""Issue 13, group 5: ``pycdk graph`` on an assembly with a malformed ``tree.json``, or with ``--graph-dir`` at a
file, is one error line naming the file or the option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _cli_checks import error_line

TEMPLATE = {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}
MANIFEST = {"version": "55.0.0", "artifacts": {
    "Svc": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
            "properties": {"templateFile": "Svc.template.json"}, "displayName": "Svc"},
    "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}},
}}


def _assembly(directory: Path, tree: bytes | None = None) -> Path:
    directory.mkdir(parents=True)
    (directory / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    (directory / "Svc.template.json").write_text(json.dumps(TEMPLATE), encoding="utf-8")
    if tree is not None:
        (directory / "tree.json").write_bytes(tree)
    return directory


@pytest.mark.parametrize("tree", [
    b"{not json", b'{"tree": "\xff"}', b"[1, 2]", b'{"tree": {"id": "App", "children": ["Svc"]}}',
    b'{"tree": {"id": "App", "children": {"Svc": "stack"}}}', b'{"tree": 5}',
], ids=["not-json", "not-utf8", "an-array", "children-a-list", "node-a-string", "tree-a-number"])
def test_a_malformed_tree_json_is_one_error_line(tmp_path: Path, cli, tree: bytes) -> None:
    assembly = _assembly(tmp_path / "asm", tree)
    result = cli("graph", "--app", str(assembly), "--graph-dir", str(tmp_path / "g"), cwd=tmp_path)
    error_line(result, str(assembly / "tree.json"), "is not a readable construct tree", code=1)


@pytest.mark.parametrize("where", ["g", "g/sub"], ids=["a-file", "below-a-file"])
def test_a_graph_dir_at_a_file_is_one_error_line(tmp_path: Path, cli, where: str) -> None:
    assembly = _assembly(tmp_path / "asm")
    (tmp_path / "g").write_text("mine", encoding="utf-8")
    result = cli("graph", "--app", str(assembly), "--graph-dir", where, cwd=tmp_path)
    error_line(result, f"--graph-dir {where}", "is a file, not a directory", code=2)
    assert (tmp_path / "g").read_text(encoding="utf-8") == "mine"


def test_a_well_formed_assembly_still_graphs(tmp_path: Path, cli) -> None:
    assembly = _assembly(tmp_path / "asm", b'{"version": "tree-0.1", "tree": {"id": "App", "path": ""}}')
    result = cli("graph", "--app", str(assembly), "--graph-dir", "g", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g" / "app.svg").is_file()
