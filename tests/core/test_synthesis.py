"""Template and manifest writing (cdk-facts §4, §10, §12): layout, numbers, section order, bootstrap checks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from _core_support import template_of

from constructs import (
    App,
    CfnCondition,
    CfnMapping,
    CfnOutput,
    CfnParameter,
    CfnResource,
    DefaultStackSynthesizer,
    Fn,
    NestedStack,
    Stack,
)

BOOTSTRAP_PARAMETER = {
    "Type": "AWS::SSM::Parameter::Value<String>",
    "Default": "/cdk-bootstrap/hnb659fds/version",
    "Description": "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM "
    "Parameter Store. [cdk:skip]",
}
BOOTSTRAP_RULE = {
    "Assertions": [
        {
            "Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"], {"Ref": "BootstrapVersion"}]}]},
            "AssertDescription": "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent "
            "version of the CDK CLI.",
        }
    ]
}


def _text(outdir: Path, stack: Stack) -> str:
    stack.node.root.synth()
    return (outdir / stack.template_file).read_text(encoding="utf-8")


# -- layout -----------------------------------------------------------------------------------------------


def test_template_is_one_space_indented_without_trailing_newline(stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic", properties={"L": [1, "a"]})
    text = _text(outdir, stack)
    assert text.startswith('{\n "Resources": {\n  "R": {\n   "Type": "AWS::SNS::Topic",\n   "Properties": {\n')
    assert '"L": [\n     1,\n     "a"\n    ]' in text
    assert not text.endswith("\n")
    assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False)


def test_suppress_template_indentation_writes_compact_json(app: App, outdir: Path) -> None:
    s = Stack(app, "S", suppress_template_indentation=True)
    CfnResource(s, "R", type="AWS::SNS::Topic", properties={"A": [1, 2]})
    text = _text(outdir, s)
    assert text.startswith('{"Resources":{"R":{"Type":"AWS::SNS::Topic","Properties":{"A":[1,2]}}},"Parameters":')
    assert "\n" not in text


def test_non_ascii_is_raw_and_control_characters_are_escaped(stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="Custom::R", properties={"U": "héllo ✓", "C": "a\u0001b"})
    text = _text(outdir, stack)
    assert '"U": "héllo ✓"' in text
    assert '"C": "a\\u0001b"' in text


@pytest.mark.parametrize(
    ("value", "rendered"),
    [
        (1.0, "1"),
        (-0.0, "0"),
        (2.5, "2.5"),
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (1e21, "1e+21"),
        (1.5e20, "150000000000000000000"),
        (123456789, "123456789"),
        (True, "true"),
    ],
)
def test_numbers_are_written_as_javascript_writes_them(stack: Stack, outdir: Path, value: Any, rendered: str) -> None:
    CfnResource(stack, "R", type="Custom::R", properties={"N": value})
    assert f'"N": {rendered}\n' in _text(outdir, stack)


def test_manifest_uses_two_space_indent(app: App, stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    app.synth()
    text = (outdir / "manifest.json").read_text()
    assert text.startswith('{\n  "version": "55.0.0",\n  "artifacts": {\n')


# -- section order ----------------------------------------------------------------------------------------


def test_resources_only_stack_renders_resources_parameters_rules(stack: Stack) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    template = template_of(stack)
    assert list(template) == ["Resources", "Parameters", "Rules"]
    assert template["Parameters"] == {"BootstrapVersion": BOOTSTRAP_PARAMETER}
    assert template["Rules"] == {"CheckBootstrapVersion": BOOTSTRAP_RULE}


def test_sections_appear_in_the_order_their_first_element_is_met(app: App) -> None:
    s = Stack(app, "S", description="desc")
    s.add_transform("T")
    CfnOutput(s, "Out", value="v")
    CfnParameter(s, "P")
    CfnCondition(s, "C", expression=Fn.condition_equals("a", "b"))
    CfnMapping(s, "M", mapping={"a": {"b": "c"}})
    CfnResource(s, "R", type="AWS::SNS::Topic")
    template = template_of(s)
    assert list(template) == [
        "Description", "Transform", "Outputs", "Parameters", "Conditions", "Mappings", "Resources", "Rules",
    ]
    assert list(template["Parameters"]) == ["P", "BootstrapVersion"]


def test_elements_are_met_in_preorder_of_the_tree(stack: Stack) -> None:
    from constructs import Construct

    g = Construct(stack, "G")
    CfnResource(stack, "Z", type="AWS::SNS::Topic")
    CfnResource(g, "Inner", type="AWS::SNS::Topic")
    CfnResource(stack, "A", type="AWS::SNS::Topic")
    assert list(template_of(stack)["Resources"]) == ["GInner75C65300", "Z", "A"]  # md5("G/Inner")


def test_no_bootstrap_checks_without_the_rule(app: App) -> None:
    s = Stack(app, "S", synthesizer=DefaultStackSynthesizer(generate_bootstrap_version_rule=False))
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert list(template_of(s)) == ["Resources"]


def test_no_bootstrap_checks_when_a_bootstrap_version_child_exists(stack: Stack) -> None:
    CfnParameter(stack, "BootstrapVersion", type="String", default="mine")
    template = template_of(stack)
    assert template["Parameters"] == {"BootstrapVersion": {"Type": "String", "Default": "mine"}}
    assert "Rules" not in template


# -- manifest ---------------------------------------------------------------------------------------------


def test_stack_artifact_in_the_manifest(app: App, stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    app.synth()
    manifest = json.loads((outdir / "manifest.json").read_text())
    template_hash = hashlib.sha256((outdir / "MyStack.template.json").read_bytes()).hexdigest()
    role = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-{}-role-${AWS::AccountId}-${AWS::Region}"
    assert manifest["artifacts"]["MyStack.assets"] == {
        "type": "cdk:asset-manifest",
        "properties": {
            "file": "MyStack.assets.json",
            "requiresBootstrapStackVersion": 6,
            "bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version",
        },
    }
    artifact = manifest["artifacts"]["MyStack"]
    assert list(artifact) == [
        "type", "environment", "properties", "dependencies", "additionalMetadataFile", "displayName",
    ]
    assert artifact["properties"] == {
        "templateFile": "MyStack.template.json",
        "terminationProtection": False,
        "validateOnSynth": False,
        "assumeRoleArn": role.replace("{}", "deploy"),
        "cloudFormationExecutionRoleArn": role.replace("{}", "cfn-exec"),
        "stackTemplateAssetObjectUrl":
            f"s3://cdk-hnb659fds-assets-${{AWS::AccountId}}-${{AWS::Region}}/{template_hash}.json",
        "requiresBootstrapStackVersion": 6,
        "bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version",
        "additionalDependencies": ["MyStack.assets"],
        "lookupRole": {
            "arn": role.replace("{}", "lookup"),
            "requiresBootstrapStackVersion": 8,
            "bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version",
        },
    }
    assert list(artifact["properties"])[:3] == ["templateFile", "terminationProtection", "validateOnSynth"]
    assert artifact["additionalMetadataFile"] == "MyStack.metadata.json"


def test_explicit_env_makes_role_arns_literal(app: App, outdir: Path) -> None:
    s = Stack(app, "S", env={"account": "111111111111", "region": "us-east-1"})
    CfnResource(s, "R", type="AWS::SNS::Topic")
    app.synth()
    props = json.loads((outdir / "manifest.json").read_text())["artifacts"]["S"]["properties"]
    assert props["assumeRoleArn"] == (
        "arn:${AWS::Partition}:iam::111111111111:role/cdk-hnb659fds-deploy-role-111111111111-us-east-1"
    )


def test_template_asset_in_assets_json(app: App, stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    app.synth()
    template_hash = hashlib.sha256((outdir / "MyStack.template.json").read_bytes()).hexdigest()
    assets = json.loads((outdir / "MyStack.assets.json").read_text())
    assert assets["version"] == "55.0.0"
    assert assets["dockerImages"] == {}
    entry = assets["files"][template_hash]
    assert entry["displayName"] == "MyStack Template"
    assert entry["source"] == {"path": "MyStack.template.json", "packaging": "file"}
    assert list(entry["destinations"]) == ["current_account-current_region-" + _destination_key(entry)]


def _destination_key(entry: dict[str, Any]) -> str:
    (dest,) = entry["destinations"].values()
    compact = json.dumps(dest, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(compact.encode()).hexdigest()[:8]


def test_tree_json_is_written(app: App, stack: Stack, outdir: Path) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    app.synth()
    tree = json.loads((outdir / "tree.json").read_text())
    assert tree["version"] == "tree-0.1"
    assert tree["tree"]["id"] == "App"
    assert tree["tree"]["path"] == ""
    assert list(tree["tree"]["children"]) == ["MyStack", "Tree"]


def test_tree_json_shows_a_cfn_resource_met_after_a_nested_stacks_resource_as_a_cfn_resource(
    app: App, stack: Stack, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # aws-cdk-lib 2.275 (run with this app): the nested stack's resource is a CfnStack, the plain one a CfnResource
    from constructs._private import tree as tree_writer

    monkeypatch.setattr(tree_writer, "_CLASS_ENTRY", {})  # the writer meets CfnResource first here
    NestedStack(stack, "N")
    CfnResource(stack, "Plain", type="Foo::Bar")
    app.synth()
    children = json.loads((outdir / "tree.json").read_text())["tree"]["children"]["MyStack"]["children"]
    resource = children["N.NestedStack"]["children"]["N.NestedStackResource"]
    assert resource["constructInfo"] == {"fqn": "aws-cdk-lib.CfnStack", "version": "2.275.0"}
    assert children["Plain"]["constructInfo"] == {"fqn": "aws-cdk-lib.CfnResource", "version": "2.275.0"}


# -- limits -------------------------------------------------------------------------------------------------


def test_fails_more_than_500_resources_naming_the_stack(app: App, stack: Stack) -> None:
    for i in range(501):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError, match="Number of resources in stack 'MyStack': 501 is greater than allowed maximum of 500"):
        app.synth()


def test_500_resources_are_allowed(app: App, stack: Stack) -> None:
    for i in range(500):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    assert len(template_of(stack)["Resources"]) == 500
