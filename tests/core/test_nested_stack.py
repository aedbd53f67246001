"""NestedStack (cdk-facts §11): the parent's stack resource, the nested template file and references."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from constructs import App, CfnParameter, CfnResource, Construct, NestedStack, Stack, Token

NESTED_RESOURCE = "MyNestedNestedStackMyNestedNestedStackResourceDCBE3BEF"
NESTED_FILE = "ParentMyNested3F872B8B.nested.template.json"


@pytest.fixture
def parent(app: App) -> Stack:
    return Stack(app, "Parent")


def _read(outdir: Path, name: str) -> Any:
    return json.loads((outdir / name).read_text())


def _compact_hash(template: Any) -> str:
    """sha256 of ``JSON.stringify(template)`` (compact), which aws-cdk-lib uses as the nested template's hash."""
    text = json.dumps(template, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_nested_stack_tree_and_parent_resource(app: App, parent: Stack, outdir: Path) -> None:
    nested = NestedStack(parent, "MyNested")
    CfnResource(nested, "Inside", type="AWS::SNS::Topic")
    assert nested.node.path == "Parent/MyNested"
    assert parent.node.find_child("MyNested.NestedStack").node.find_child("MyNested.NestedStackResource") is not None
    assert Stack.of(nested) is nested
    assert Stack.of(nested.node.find_child("Inside")) is nested
    app.synth()
    template_hash = _compact_hash(_read(outdir, NESTED_FILE))
    resource = _read(outdir, "Parent.template.json")["Resources"][NESTED_RESOURCE]
    assert resource == {
        "Type": "AWS::CloudFormation::Stack",
        "Properties": {
            "TemplateURL": {
                "Fn::Join": [
                    "",
                    [
                        "https://s3.",
                        {"Ref": "AWS::Region"},
                        ".",
                        {"Ref": "AWS::URLSuffix"},
                        "/",
                        {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
                        f"/{template_hash}.json",
                    ],
                ]
            }
        },
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_nested_template_uses_relative_ids_and_has_no_bootstrap_checks(
    app: App, parent: Stack, outdir: Path
) -> None:
    nested = NestedStack(parent, "MyNested")
    CfnResource(Construct(nested, "NestedBucket"), "Resource", type="AWS::S3::Bucket")
    app.synth()
    text = (outdir / NESTED_FILE).read_text()
    template = json.loads(text)
    assert template == {"Resources": {"NestedBucket6D79505E": {"Type": "AWS::S3::Bucket"}}}
    assert text.startswith('{\n "Resources": {\n  "NestedBucket6D79505E": {')


def test_nested_template_is_an_asset_of_the_parent_not_an_artifact(app: App, parent: Stack, outdir: Path) -> None:
    nested = NestedStack(parent, "MyNested")
    CfnResource(nested, "Inside", type="AWS::SNS::Topic")
    app.synth()
    manifest = _read(outdir, "manifest.json")
    assert not any("MyNested" in k for k in manifest["artifacts"])
    template_hash = _compact_hash(_read(outdir, NESTED_FILE))
    asset = _read(outdir, "Parent.assets.json")["files"][template_hash]
    assert asset["displayName"] == "MyNested Nested Stack Template"
    assert asset["source"] == {"path": NESTED_FILE, "packaging": "file"}


def test_nested_stack_name_is_a_token(parent: Stack) -> None:
    nested = NestedStack(parent, "MyNested")
    assert Token.is_unresolved(nested.stack_name)


def test_parent_to_nested_reference_becomes_a_parameter(app: App, parent: Stack, outdir: Path) -> None:
    bucket = CfnResource(Construct(parent, "ParentBucket"), "Resource", type="AWS::S3::Bucket")
    nested = NestedStack(parent, "MyNested")
    CfnResource(nested, "User", type="Custom::User", properties={"Ref": bucket.ref, "Arn": bucket.get_att("Arn")})
    app.synth()
    nested_template = _read(outdir, NESTED_FILE)
    assert nested_template["Parameters"] == {
        "referencetoParentParentBucket76CF56F7Ref": {"Type": "String"},
        "referencetoParentParentBucket76CF56F7Arn": {"Type": "String"},
    }
    assert nested_template["Resources"]["User"]["Properties"] == {
        "Ref": {"Ref": "referencetoParentParentBucket76CF56F7Ref"},
        "Arn": {"Ref": "referencetoParentParentBucket76CF56F7Arn"},
    }
    parent_resource = _read(outdir, "Parent.template.json")["Resources"][NESTED_RESOURCE]
    assert list(parent_resource["Properties"]) == ["Parameters", "TemplateURL"]
    assert parent_resource["Properties"]["Parameters"] == {
        "referencetoParentParentBucket76CF56F7Ref": {"Ref": "ParentBucket257CA762"},
        "referencetoParentParentBucket76CF56F7Arn": {"Fn::GetAtt": ["ParentBucket257CA762", "Arn"]},
    }


def test_nested_to_parent_reference_becomes_an_output(app: App, parent: Stack, outdir: Path) -> None:
    nested = NestedStack(parent, "MyNested")
    nested_bucket = CfnResource(Construct(nested, "NestedBucket"), "Resource", type="AWS::S3::Bucket")
    CfnResource(parent, "User", type="Custom::User", properties={"Ref": nested_bucket.ref})
    app.synth()
    assert _read(outdir, NESTED_FILE)["Outputs"] == {
        "ParentMyNestedNestedBucketF0FBC019Ref": {"Value": {"Ref": "NestedBucket6D79505E"}}
    }
    assert _read(outdir, "Parent.template.json")["Resources"]["User"]["Properties"] == {
        "Ref": {"Fn::GetAtt": [NESTED_RESOURCE, "Outputs.ParentMyNestedNestedBucketF0FBC019Ref"]}
    }


def test_explicit_parameters_are_passed_to_the_nested_stack(app: App, parent: Stack, outdir: Path) -> None:
    nested = NestedStack(parent, "MyNested", parameters={"Literal": "value"})
    CfnParameter(nested, "Literal")
    app.synth()
    props = _read(outdir, "Parent.template.json")["Resources"][NESTED_RESOURCE]["Properties"]
    assert props["Parameters"] == {"Literal": "value"}
    assert _read(outdir, NESTED_FILE)["Parameters"] == {"Literal": {"Type": "String"}}


def test_fails_nested_stack_outside_a_stack(app: App) -> None:
    with pytest.raises(RuntimeError):
        NestedStack(app, "Orphan")
