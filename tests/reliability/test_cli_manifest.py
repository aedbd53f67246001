"""Issue 13, group 5: reading a cloud assembly (``--app DIR``, ``diff --assembly DIR``) whose manifest is malformed
or names paths that leave the assembly is one error line naming the manifest and the artifact; nothing outside
the assembly directory is read.

The CDK CLI joins manifest paths to the assembly directory without confining them; pycdk refuses them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _cli_checks import error_line, make_project

# the parametrized cases run the console script forked from a server that imported the CLI (conftest.py: forked_cli);
# the other tests run it from scratch

TEMPLATE = {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}


def _stack(**props: Any) -> dict[str, Any]:
    return {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
            "properties": {"templateFile": "Svc.template.json", **props}, "displayName": "Svc"}


def _assembly(directory: Path, artifacts: Any, *, manifest: Any = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "Svc.template.json").write_text(json.dumps(TEMPLATE), encoding="utf-8")
    body = manifest if manifest is not None else {"version": "55.0.0", "artifacts": artifacts}
    (directory / "manifest.json").write_text(json.dumps(body), encoding="utf-8")
    return directory


ESCAPES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "template-file-above": ({"Svc": _stack(templateFile="../secret.json")},
                            ["artifact Svc: templateFile '../secret.json' leaves the assembly directory"]),
    "template-file-far-above": ({"Svc": _stack(templateFile="a/../../../secret.json")},
                                ["templateFile", "leaves the assembly directory"]),
    "template-file-absolute": ({"Svc": _stack(templateFile="/etc/hostname")},
                               ["templateFile '/etc/hostname' leaves the assembly directory"]),
    "metadata-file-above": ({"Svc": {**_stack(), "additionalMetadataFile": "../secret.json"}},
                            ["additionalMetadataFile '../secret.json' leaves the assembly directory"]),
    "nested-directory-above": ({"Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": ".."}}},
                               ["artifact Stage: directoryName '..' leaves the assembly directory"]),
    "nested-directory-absolute": ({"Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "/tmp"}}},
                                  ["directoryName '/tmp' leaves the assembly directory"]),
    "nested-directory-itself": ({"Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}}},
                                ["artifact Stage: directoryName names the assembly itself"]),
}


@pytest.mark.parametrize("case", sorted(ESCAPES))
def test_a_manifest_path_leaving_the_assembly_is_refused(tmp_path: Path, forked_cli, case: str) -> None:
    artifacts, needles = ESCAPES[case]
    (tmp_path / "secret.json").write_text(json.dumps(TEMPLATE), encoding="utf-8")
    assembly = _assembly(tmp_path / "asm", artifacts)
    result = forked_cli("synth", "--app", str(assembly), cwd=tmp_path)
    error_line(result, str(assembly / "manifest.json"), *needles, code=1)
    assert "AWS::SQS::Queue" not in result.stdout


def test_a_symlink_inside_the_assembly_pointing_out_is_refused(tmp_path: Path, cli) -> None:
    (tmp_path / "secret.json").write_text(json.dumps(TEMPLATE), encoding="utf-8")
    assembly = _assembly(tmp_path / "asm", {"Svc": _stack(templateFile="link.json")})
    (assembly / "link.json").symlink_to(tmp_path / "secret.json")
    result = cli("synth", "--app", str(assembly), cwd=tmp_path)
    error_line(result, "templateFile 'link.json' leaves the assembly directory")


def test_a_nested_assembly_may_not_reach_into_its_parent_assembly(tmp_path: Path, cli) -> None:
    assembly = _assembly(tmp_path / "asm", {"Stage": {"type": "cdk:cloud-assembly",
                                                      "properties": {"directoryName": "inner"}}})
    _assembly(assembly / "inner", {"Svc": _stack(templateFile="../../secret.json")})
    result = cli("ls", "--app", str(assembly), cwd=tmp_path)
    error_line(result, "leaves the assembly directory")


MALFORMED: dict[str, tuple[Any, list[str]]] = {
    "manifest-an-array": ([1], ["manifest.json must hold a JSON object, not an array"]),
    "artifacts-a-list": ({"artifacts": ["Svc"]}, ["artifacts must be an object, not an array"]),
    "artifact-a-string": ({"artifacts": {"Svc": "stack"}}, ["artifact Svc must be an object, not a string"]),
    "properties-a-list": ({"artifacts": {"Svc": {"type": "aws:cloudformation:stack", "properties": []}}},
                          ["artifact Svc: properties must be an object"]),
    "template-file-a-number": ({"artifacts": {"Svc": _stack(templateFile=5)}},
                               ["artifact Svc: templateFile must be a relative path, not a number"]),
    "directory-name-null": ({"artifacts": {"St": {"type": "cdk:cloud-assembly", "properties": {"directoryName": None}}}},
                            ["artifact St: directoryName must be a relative path, not null"]),
    "stack-name-a-number": ({"artifacts": {"Svc": _stack(stackName=7)}}, ["artifact Svc: stackName must be a string"]),
    "display-name-a-list": ({"artifacts": {"Svc": {**_stack(), "displayName": ["x"]}}},
                            ["artifact Svc: displayName must be a string"]),
    "dependencies-a-string": ({"artifacts": {"Svc": {**_stack(), "dependencies": "Other"}}},
                              ["artifact Svc: dependencies must be a list of artifact ids"]),
    "metadata-a-list": ({"artifacts": {"Svc": {**_stack(), "metadata": ["x"]}}},
                        ["artifact Svc: metadata must be an object"]),
    "metadata-entries-a-string": ({"artifacts": {"Svc": {**_stack(), "metadata": {"/Svc": "x"}}}},
                                  ["the metadata of /Svc must be a list"]),
    "template-file-missing": ({"artifacts": {"Svc": _stack(templateFile="Gone.template.json")}},
                              ["the template file", "Gone.template.json is missing"]),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_manifest_is_one_error_line(tmp_path: Path, forked_cli, case: str) -> None:
    manifest, needles = MALFORMED[case]
    assembly = _assembly(tmp_path / "asm", None, manifest=manifest)
    result = forked_cli("synth", "--app", str(assembly), cwd=tmp_path)
    error_line(result, str(assembly), *needles, code=1)


@pytest.mark.parametrize(("content", "needle"), [
    (b"{not json", "is not valid JSON"),
    (b'{"artifacts": "\xff"}', "is not UTF-8 text"),
])
def test_an_unreadable_manifest_is_one_error_line(tmp_path: Path, forked_cli, content: bytes, needle: str) -> None:
    assembly = tmp_path / "asm"
    assembly.mkdir()
    (assembly / "manifest.json").write_bytes(content)
    result = forked_cli("ls", "--app", str(assembly), cwd=tmp_path)
    error_line(result, str(assembly / "manifest.json"), needle)


@pytest.mark.parametrize(("template", "needle"), [
    (b"{", "is not valid JSON"),
    (b"\xff\xfe", "is not UTF-8 text"),
    (b'{"Resources": null}', "Resources must be an object, not null"),
    (b'{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": 5}}}', "Resources.Q.Properties must be an object"),
    (b"[]", "does not hold a template"),
])
def test_a_malformed_template_in_an_assembly_is_one_error_line(tmp_path: Path, forked_cli, template: bytes,
                                                               needle: str) -> None:
    assembly = _assembly(tmp_path / "asm", {"Svc": _stack()})
    (assembly / "Svc.template.json").write_bytes(template)
    result = forked_cli("synth", "--app", str(assembly), cwd=tmp_path)
    error_line(result, str(assembly / "Svc.template.json"), needle)


def test_a_malformed_previous_assembly_for_diff_is_one_error_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    _assembly(project / "previous", {"Svc": _stack(templateFile="../app.py")})
    result = cli("diff", "--assembly", "previous", cwd=project)
    error_line(result, "previous/manifest.json: artifact Svc: templateFile '../app.py' leaves the assembly")


def test_a_malformed_metadata_file_is_one_error_line(tmp_path: Path, cli) -> None:
    assembly = _assembly(tmp_path / "asm", {"Svc": {**_stack(), "additionalMetadataFile": "Svc.metadata.json"}})
    (assembly / "Svc.metadata.json").write_text("[1]", encoding="utf-8")
    result = cli("ls", "--app", str(assembly), cwd=tmp_path)
    error_line(result, str(assembly / "Svc.metadata.json"), "must hold a JSON object, not an array")
