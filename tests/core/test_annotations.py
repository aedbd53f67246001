"""Annotations: errors fail synthesis naming the path; warnings and infos reach the stack artifact's messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from constructs import Annotations, App, CfnResource, Construct, Stack


def test_error_annotation_fails_synth_naming_the_path(app: App, stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SNS::Topic")
    Annotations.of(res).add_error("this resource is broken")
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    assert "MyStack/R" in str(exc.value)
    assert "this resource is broken" in str(exc.value)


def test_error_annotation_on_a_plain_construct_fails_synth(app: App, stack: Stack) -> None:
    Annotations.of(Construct(stack, "G")).add_error("bad group")
    with pytest.raises(RuntimeError, match="bad group"):
        app.synth()


def test_warnings_and_infos_reach_the_stack_artifact(app: App, stack: Stack) -> None:
    g = Construct(stack, "G")
    res = CfnResource(g, "R", type="AWS::SNS::Topic")
    Annotations.of(stack).add_info("stack info")
    Annotations.of(res).add_warning("resource warning")
    Annotations.of(g).add_info("group info")
    messages = app.synth().get_stack_artifact("MyStack").messages
    assert [(m.level, m.id, m.entry["type"], m.entry["data"]) for m in messages] == [
        ("info", "/MyStack", "aws:cdk:info", "stack info"),
        ("info", "/MyStack/G", "aws:cdk:info", "group info"),
        ("warning", "/MyStack/G/R", "aws:cdk:warning", "resource warning"),
    ]


def test_messages_belong_to_their_own_stack(app: App) -> None:
    a = Stack(app, "A")
    b = Stack(app, "B")
    Annotations.of(a).add_warning("only in A")
    CfnResource(b, "R", type="AWS::SNS::Topic")
    assembly = app.synth()
    assert [m.entry["data"] for m in assembly.get_stack_artifact("A").messages] == ["only in A"]
    assert assembly.get_stack_artifact("B").messages == []


def test_annotations_are_stored_as_node_metadata(stack: Stack) -> None:
    Annotations.of(stack).add_warning("w")
    Annotations.of(stack).add_info("i")
    Annotations.of(stack).add_error("e")
    assert [(m.type, m.data) for m in stack.node.metadata] == [
        ("aws:cdk:warning", "w"), ("aws:cdk:info", "i"), ("aws:cdk:error", "e"),
    ]


def test_warning_v2_is_acknowledgeable(app: App, stack: Stack) -> None:
    Annotations.of(stack).add_warning_v2("my-lib:some-warning", "careful")
    g = Construct(stack, "G")
    Annotations.of(g).add_warning_v2("my-lib:other", "ignored below")
    Annotations.of(g).acknowledge_warning("my-lib:other")
    messages = app.synth().get_stack_artifact("MyStack").messages
    assert [m.entry["data"] for m in messages] == ["careful [ack: my-lib:some-warning]"]


def test_metadata_file_lists_logical_ids_and_annotations(app: App, stack: Stack, outdir: Path) -> None:
    res = CfnResource(stack, "R", type="AWS::SNS::Topic")
    Annotations.of(res).add_warning("w")
    app.synth()
    metadata = json.loads((outdir / "MyStack.metadata.json").read_text())
    assert metadata["/MyStack"] == [{"type": "aws:cdk:templateFile", "data": "MyStack.template.json"}]
    assert [(e["type"], e["data"]) for e in metadata["/MyStack/R"]] == [
        ("aws:cdk:logicalId", "R"), ("aws:cdk:warning", "w"),
    ]


def test_metadata_file_is_laid_out_as_json_stringify_with_two_spaces(app: App, stack: Stack, outdir: Path) -> None:
    # plain logical-id entries (written from a pre-formatted text) next to entries with annotations and the stack's
    # own (written by the general writer): the whole file must read as JSON.stringify(data, null, 2) writes it
    CfnResource(stack, "Plain", type="AWS::SNS::Topic")
    Annotations.of(CfnResource(Construct(stack, "Group"), "Warned", type="AWS::SNS::Topic")).add_warning("w")
    CfnResource(stack, "Ünïcode", type="AWS::SNS::Topic")
    app.synth()
    text = (outdir / "MyStack.metadata.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    assert "/MyStack/Plain" in json.loads(text)


def test_a_message_already_in_the_metadata_is_not_added_again(stack: Stack) -> None:
    # aws-cdk-lib 2.275 (checked in the oracle): info "hi", then warning "hi", error "hi", custom metadata "zz" and a
    # warning "zz" leave [("aws:cdk:info", "hi"), ("custom", "zz")]; a warning_v2 repeated is written once
    Annotations.of(stack).add_info("hi")
    Annotations.of(stack).add_warning("hi")
    Annotations.of(stack).add_error("hi")
    stack.node.add_metadata("custom", "zz")
    Annotations.of(stack).add_warning("zz")
    Annotations.of(stack).add_warning_v2("x:y", "m")
    Annotations.of(stack).add_warning_v2("x:y", "m")
    assert [(m.type, m.data) for m in stack.node.metadata] == [
        ("aws:cdk:info", "hi"), ("custom", "zz"), ("aws:cdk:warning", "m [ack: x:y]"),
    ]
