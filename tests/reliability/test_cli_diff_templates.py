"""Issue 13, group 5: ``pycdk diff --template`` on a malformed template is one error line naming the file and the
place in the template, exit code 1, no traceback, and the app is not run.

CloudFormation rejects each of these templates (a section that is not an object, a resource without a string
``Type``, ``DependsOn`` that is not a logical id or a list of them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _cli_checks import error_line, make_project

# the malformed-template cases run the console script forked from a server (conftest.py: forked_cli) that imported
# the CLI and the YAML template reader; the tests after them run the script from scratch
FORK_SERVER_PRELOAD = ("cfnlint.decode.cfn_yaml",)

CASES: dict[str, tuple[str | bytes, list[str]]] = {
    "properties-a-number": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: 5\n",
                            ["Resources.Q.Properties must be an object, not a number"]),
    "properties-a-list": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: [1]\n",
                          ["Resources.Q.Properties must be an object, not an array"]),
    "properties-a-string-json": ('{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": "x"}}}',
                                 ["Resources.Q.Properties must be an object, not a string"]),
    "resources-null": ("Resources: null\n", ["Resources must be an object, not null"]),
    "resources-empty-yaml-value": ("Resources:\n", ["Resources must be an object, not null"]),
    "resources-a-list": ("Resources:\n  - Q\n", ["Resources must be an object, not an array"]),
    "resources-a-number-json": ('{"Resources": 3}', ["Resources must be an object, not a number"]),
    "resource-a-string": ("Resources:\n  Q: AWS::SQS::Queue\n", ["Resources.Q must be an object, not a string"]),
    "resource-null": ("Resources:\n  Q:\n", ["Resources.Q must be an object, not null"]),
    "resource-without-type": ("Resources:\n  Q:\n    Properties: {}\n", ["Resources.Q.Type is missing"]),
    "type-a-number": ("Resources:\n  Q:\n    Type: 5\n", ["Resources.Q.Type must be a string, not a number"]),
    "type-a-list": ('{"Resources": {"Q": {"Type": ["AWS::SQS::Queue"]}}}', ["Resources.Q.Type must be a string"]),
    "depends-on-a-number": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: 5\n",
                            ["Resources.Q.DependsOn must be a logical id or a list of logical ids, not a number"]),
    "depends-on-a-list-of-numbers": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: [1, 2]\n",
                                     ["Resources.Q.DependsOn", "a list holding a number"]),
    "depends-on-an-object": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: {A: B}\n",
                             ["Resources.Q.DependsOn", "not an object"]),
    "depends-on-a-nested-list": ('{"Resources": {"Q": {"Type": "T", "DependsOn": [["A"]]}}}',
                                 ["Resources.Q.DependsOn", "a list holding an array"]),
    "metadata-a-string": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Metadata: x\n",
                          ["Resources.Q.Metadata must be an object"]),
    "condition-a-number": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Condition: 1\n",
                           ["Resources.Q.Condition must be a string"]),
    "deletion-policy-a-list": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DeletionPolicy: [Retain]\n",
                               ["Resources.Q.DeletionPolicy must be a string"]),
    "update-policy-a-string": ("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    UpdatePolicy: x\n",
                               ["Resources.Q.UpdatePolicy must be an object"]),
    "outputs-a-number": ("Resources: {}\nOutputs: 5\n", ["Outputs must be an object, not a number"]),
    "output-a-string": ("Outputs:\n  Arn: x\n", ["Outputs.Arn must be an object, not a string"]),
    "parameters-a-list": ("Parameters:\n  - P\n", ["Parameters must be an object, not an array"]),
    "parameter-null": ("Parameters:\n  P:\n", ["Parameters.P must be an object, not null"]),
    "mappings-a-string": ("Mappings: x\n", ["Mappings must be an object, not a string"]),
    "conditions-a-list": ("Conditions: []\n", ["Conditions must be an object, not an array"]),
    "rules-a-number": ("Rules: 1\n", ["Rules must be an object, not a number"]),
    "empty-file": ("", ["is empty"]),
    "blank-file": ("\n   \n", ["is empty"]),
    "a-json-array": ("[1, 2]", ["does not hold a template"]),
    "a-yaml-scalar": ("hello\n", ["does not hold a template"]),
    "invalid-json": ('{"Resources": {', ["cannot read"]),
    "invalid-yaml": ("Resources: [a\n", ["cannot read"]),
    "not-utf8": (b"Resources:\n  Q:\n    Type: caf\xe9\n", ["is not UTF-8 text"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_template_is_one_error_line(tmp_path: Path, forked_cli, case: str) -> None:
    content, needles = CASES[case]
    project = make_project(tmp_path / "p")
    template = project / "old.template"
    if isinstance(content, bytes):
        template.write_bytes(content)
    else:
        template.write_text(content, encoding="utf-8")
    result = forked_cli("diff", "--template", "old.template", cwd=project)
    error_line(result, "old.template", *needles, code=1)
    assert not (project / "cdk.out").exists()  # read before the app runs


def test_a_template_directory_without_a_manifest_is_one_error_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "old").mkdir()
    result = cli("diff", "--template", "old", cwd=project)
    error_line(result, "--template old", "directory without manifest.json")


def test_a_missing_template_is_one_error_line(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    result = cli("diff", "--template", "gone.json", cwd=project)
    error_line(result, "gone.json", "does not exist")


def test_a_well_formed_template_still_diffs(tmp_path: Path, cli) -> None:
    project = make_project(tmp_path / "p")
    (project / "old.yaml").write_text(
        "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: [Other]\n    Properties: {}\n", encoding="utf-8")
    result = cli("diff", "--template", "old.yaml", "--no-version-reporting", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "VisibilityTimeout" in result.stdout
