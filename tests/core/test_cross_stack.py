"""Cross-stack references (cdk-facts §6): exports, imports, list attributes, dependencies and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from constructs import App, CfnResource, Construct, Fn, ResolutionTypeHint, Stack, Token

REF_OUTPUT = "ExportsOutputRefBucket83908E7781C90AC0"
ARN_OUTPUT = "ExportsOutputFnGetAttBucket83908E77Arn063C8555"
IPS_OUTPUT = "ExportsOutputFnGetAttBucket83908E77IpsAE18FAE8"


def _bucket(stack: Stack) -> CfnResource:
    """A raw resource at ``Bucket/Resource`` (logical id ``Bucket83908E77``, as an s3.Bucket's)."""
    return CfnResource(Construct(stack, "Bucket"), "Resource", type="AWS::S3::Bucket")


def test_ref_and_get_att_become_exports_and_imports(app: App, outdir: Path) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    CfnResource(
        b, "User", type="Custom::User",
        properties={"Ref": bucket.ref, "Arn": bucket.get_att("Arn"), "InJoin": f"x-{bucket.ref}"},
    )
    assembly = app.synth()
    outputs = assembly.get_stack_artifact("StackA").template["Outputs"]
    assert outputs == {
        REF_OUTPUT: {
            "Value": {"Ref": "Bucket83908E77"},
            "Export": {"Name": f"StackA:{REF_OUTPUT}"},
        },
        ARN_OUTPUT: {
            "Value": {"Fn::GetAtt": ["Bucket83908E77", "Arn"]},
            "Export": {"Name": f"StackA:{ARN_OUTPUT}"},
        },
    }
    assert list(outputs) == [REF_OUTPUT, ARN_OUTPUT]
    props = assembly.get_stack_artifact("StackB").template["Resources"]["User"]["Properties"]
    assert props == {
        "Ref": {"Fn::ImportValue": f"StackA:{REF_OUTPUT}"},
        "Arn": {"Fn::ImportValue": f"StackA:{ARN_OUTPUT}"},
        "InJoin": {"Fn::Join": ["", ["x-", {"Fn::ImportValue": f"StackA:{REF_OUTPUT}"}]]},
    }
    manifest = json.loads((outdir / "manifest.json").read_text())
    assert manifest["artifacts"]["StackB"]["dependencies"] == ["StackA", "StackB.assets"]
    assert manifest["artifacts"]["StackA"]["dependencies"] == ["StackA.assets"]


def test_exports_live_under_an_exports_construct(app: App) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    CfnResource(b, "User", type="Custom::User", properties={"Ref": bucket.ref})
    app.synth()
    exports = a.node.find_child("Exports")
    assert [c.node.id for c in exports.node.children] == ['Output{"Ref":"Bucket83908E77"}']


def test_export_name_uses_the_producer_stack_name(app: App) -> None:
    a = Stack(app, "StackA", stack_name="producer-name")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    CfnResource(b, "User", type="Custom::User", properties={"Ref": bucket.ref})
    assembly = app.synth()
    assert assembly.get_stack_artifact("StackB").template["Resources"]["User"]["Properties"] == {
        "Ref": {"Fn::ImportValue": f"producer-name:{REF_OUTPUT}"}
    }


def test_same_reference_used_twice_is_exported_once(app: App) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    CfnResource(b, "One", type="Custom::User", properties={"Ref": bucket.ref})
    CfnResource(b, "Two", type="Custom::User", properties={"Refs": [bucket.ref, bucket.ref]})
    assembly = app.synth()
    assert list(assembly.get_stack_artifact("StackA").template["Outputs"]) == [REF_OUTPUT]


def test_list_attributes_travel_joined_with_double_pipes(app: App) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    ips = Token.as_list(bucket.get_att("Ips", ResolutionTypeHint.STRING_LIST))
    CfnResource(b, "User", type="Custom::User", properties={"List": ips, "First": Fn.select(0, ips)})
    assembly = app.synth()
    assert assembly.get_stack_artifact("StackA").template["Outputs"] == {
        IPS_OUTPUT: {
            "Value": {"Fn::Join": ["||", {"Fn::GetAtt": ["Bucket83908E77", "Ips"]}]},
            "Export": {"Name": f"StackA:{IPS_OUTPUT}"},
        }
    }
    split = {"Fn::Split": ["||", {"Fn::ImportValue": f"StackA:{IPS_OUTPUT}"}]}
    assert assembly.get_stack_artifact("StackB").template["Resources"]["User"]["Properties"] == {
        "List": split,
        "First": {"Fn::Select": [0, split]},
    }


def test_same_stack_reference_stays_a_ref(app: App) -> None:
    a = Stack(app, "StackA")
    bucket = _bucket(a)
    CfnResource(a, "Local", type="Custom::User", properties={"Ref": bucket.ref})
    template = app.synth().get_stack_artifact("StackA").template
    assert "Outputs" not in template
    assert template["Resources"]["Local"]["Properties"] == {"Ref": {"Ref": "Bucket83908E77"}}


def test_fails_reference_cycle_between_stacks_naming_both_reasons(app: App) -> None:
    a = Stack(app, "StackA")
    b = Stack(app, "StackB")
    bucket = _bucket(a)
    topic = CfnResource(b, "Topic", type="AWS::SNS::Topic")
    CfnResource(a, "UsesTopic", type="Custom::User", properties={"T": topic.ref})
    CfnResource(b, "UsesBucket", type="Custom::User", properties={"B": bucket.ref})
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    message = str(exc.value)
    assert message.startswith("DependencyCycle: ")
    assert "StackA -> StackB/Topic.Ref" in message
    assert "StackB -> StackA/Bucket/Resource.Ref" in message
    assert message.split("\n")[0].endswith("would create a cyclic reference.")


def test_fails_reference_from_an_env_agnostic_stack_to_an_explicit_region(app: App) -> None:
    a = Stack(app, "A", env={"account": "111111111111", "region": "us-east-1"})
    b = Stack(app, "B")
    raw = CfnResource(a, "Raw", type="AWS::SNS::Topic")
    CfnResource(b, "User", type="Custom::User", properties={"T": raw.ref})
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    assert str(exc.value).startswith(
        'CrossRegionReferencesRequireExplicitRegion: Stack "B" cannot reference {A/Raw[Ref]} in stack "A". '
        "Cross stack/region references are only supported for stacks with an explicit region defined."
    )


def test_fails_reference_across_apps() -> None:
    app1 = App()
    app2 = App()
    producer = Stack(app1, "A")
    consumer = Stack(app2, "B")
    raw = CfnResource(producer, "Raw", type="AWS::SNS::Topic")
    CfnResource(consumer, "User", type="Custom::User", properties={"T": raw.ref})
    with pytest.raises(
        RuntimeError,
        match="Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app.",
    ):
        app2.synth()


def test_export_value_creates_a_named_export(app: App) -> None:
    a = Stack(app, "StackA")
    bucket = _bucket(a)
    imported = a.export_value(bucket.ref, name="MyExport")
    assert a.resolve(imported) == {"Fn::ImportValue": "MyExport"}
    outputs = app.synth().get_stack_artifact("StackA").template["Outputs"]
    assert [o for o in outputs.values() if o.get("Export") == {"Name": "MyExport"}] == [
        {"Value": {"Ref": "Bucket83908E77"}, "Export": {"Name": "MyExport"}}
    ]
