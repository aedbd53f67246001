"""Issue 13, group 5: a malformed ``cdk.json`` or ``cdk.context.json`` is one error line naming the file and the
key, a non-zero exit code, and no traceback.

The CDK CLI (aws-cdk) reads ``cdk.json`` leniently (a non-string ``app`` fails later, inside the shell); pycdk
checks the types of the keys it reads before running anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _cli_checks import error_line, make_project

# the parametrized cases run the console script forked from a server that imported the CLI (conftest.py: forked_cli);
# the other tests run it from scratch

CDK_JSON_CASES: dict[str, tuple[str | bytes, list[str]]] = {
    "not-json": ('{"app": python3 app.py}', ["cdk.json is not valid JSON"]),
    "truncated": ('{"app": "python3 app.py"', ["cdk.json is not valid JSON"]),
    "empty-file": ("", ["cdk.json is not valid JSON"]),
    "utf8-bom": ('\ufeff{"app": "python3 app.py"}', ["cdk.json is not valid JSON"]),
    "not-utf8": (b'{"app": "python3 app.py", "x": "caf\xe9"}', ["cdk.json is not UTF-8 text", "0xe9"]),
    "latin1-only": (b'\xff\xfe{\x00}\x00', ["cdk.json is not UTF-8 text"]),
    "an-array": ('["python3 app.py"]', ["cdk.json must hold a JSON object, not an array"]),
    "a-string": ('"python3 app.py"', ["cdk.json must hold a JSON object, not a string"]),
    "null": ("null", ["cdk.json must hold a JSON object, not null"]),
    "app-a-number": ('{"app": 5}', ['"app" must be a string', "not a number"]),
    "app-a-list": ('{"app": ["python3", "app.py"]}', ['"app" must be a string', "not an array"]),
    "app-an-object": ('{"app": {"cmd": "python3 app.py"}}', ['"app" must be a string', "not an object"]),
    "app-a-boolean": ('{"app": true}', ['"app" must be a string', "not a boolean"]),
    "output-a-number": ('{"app": "python3 app.py", "output": 5}', ['"output" must be a string', "not a number"]),
    "output-a-list": ('{"app": "python3 app.py", "output": ["out"]}', ['"output" must be a string']),
    "context-a-list": ('{"app": "python3 app.py", "context": ["a"]}', ['"context" must be an object', "array"]),
    "context-a-string": ('{"app": "python3 app.py", "context": "a=b"}', ['"context" must be an object']),
    "path-metadata-a-string": ('{"app": "python3 app.py", "pathMetadata": "no"}',
                               ['"pathMetadata" must be true or false', "not a string"]),
    "version-reporting-a-number": ('{"app": "python3 app.py", "versionReporting": 0}',
                                   ['"versionReporting" must be true or false']),
    "asset-metadata-a-string": ('{"app": "python3 app.py", "assetMetadata": "false"}',
                                ['"assetMetadata" must be true or false']),
}


@pytest.mark.parametrize("case", sorted(CDK_JSON_CASES))
def test_a_malformed_cdk_json_is_one_error_line(tmp_path: Path, forked_cli, case: str) -> None:
    content, needles = CDK_JSON_CASES[case]
    project = make_project(tmp_path / "p", cdk_json=content)
    result = forked_cli("synth", cwd=project)
    line = error_line(result, *needles, code=1)
    assert str(project / "cdk.json") in line
    assert not (project / "cdk.out").exists()  # nothing ran


@pytest.mark.parametrize("command", [["ls"], ["diff", "--template", "t.json"], ["context"], ["context", "--json"],
                                     ["doctor"]])
def test_every_command_reports_a_malformed_cdk_json_in_one_line(tmp_path: Path, forked_cli, command: list[str]) -> None:
    project = make_project(tmp_path / "p", cdk_json=b'{"app": "\xff"}')
    (project / "t.json").write_text('{"Resources": {}}', encoding="utf-8")
    result = forked_cli(*command, cwd=project)
    error_line(result, str(project / "cdk.json"), "not UTF-8")


def test_a_cdk_json_that_is_a_directory_is_one_error_line(tmp_path: Path, cli) -> None:
    project = tmp_path / "p"
    (project / "cdk.json").mkdir(parents=True)
    result = cli("synth", cwd=project)
    error_line(result, str(project / "cdk.json"), "is a directory")


CONTEXT_CASES: dict[str, tuple[str | bytes, list[str]]] = {
    "not-json": ('{"k": }', ["cdk.context.json is not valid JSON"]),
    "not-utf8": (b'{"k": "\xc3\x28"}', ["cdk.context.json is not UTF-8 text"]),
    "an-array": ("[1, 2]", ["cdk.context.json must hold a JSON object, not an array"]),
    "a-number": ("42", ["cdk.context.json must hold a JSON object, not a number"]),
    "empty-file": ("", ["cdk.context.json is not valid JSON"]),
}


@pytest.mark.parametrize("case", sorted(CONTEXT_CASES))
def test_a_malformed_cdk_context_json_is_one_error_line(tmp_path: Path, forked_cli, case: str) -> None:
    content, needles = CONTEXT_CASES[case]
    project = make_project(tmp_path / "p")
    path = project / "cdk.context.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = forked_cli("synth", cwd=project)
    error_line(result, str(path), *needles, code=1)
    assert path.read_bytes() == (content if isinstance(content, bytes) else content.encode())


@pytest.mark.parametrize("command", [["context"], ["context", "--clear"], ["context", "--reset", "k"]])
def test_the_context_command_reports_a_malformed_cdk_context_json(tmp_path: Path, forked_cli, command: list[str]) -> None:
    project = make_project(tmp_path / "p")
    (project / "cdk.context.json").write_text("[]", encoding="utf-8")
    result = forked_cli(*command, cwd=project)
    error_line(result, "cdk.context.json must hold a JSON object")
    assert (project / "cdk.context.json").read_text(encoding="utf-8") == "[]"


@pytest.mark.parametrize("pair", ["novalue", "=value", "k={not json", "k=[1,"])
def test_a_malformed_context_flag_is_one_error_line(tmp_path: Path, forked_cli, pair: str) -> None:
    project = make_project(tmp_path / "p")
    result = forked_cli("synth", "-c", pair, cwd=project)
    error_line(result, "context", code=2)


def test_a_missing_app_command_is_one_error_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p", cdk_json="{}")
    result = cli("synth", cwd=project)
    error_line(result, "--app is required", "cdk.json")


def test_an_app_command_that_does_not_exist_is_one_error_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p", cdk_json='{"app": "no-such-program-xyz app.py"}')
    result = cli("synth", cwd=project)
    error_line(result, "no-such-program-xyz")
