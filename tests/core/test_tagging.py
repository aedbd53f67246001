"""Tags (cdk-facts §8) on a small taggable construct defined here, and stack tags in the manifest."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from _core_support import resources_of

from constructs import App, CfnResource, CfnTag, Construct, Stack, TagManager, Tags, TagType


class Taggable(CfnResource):
    """A CfnResource with a TagManager, rendered into ``Tags`` the way generated L1 classes render it."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_type: str = "AWS::SNS::Topic",
        tag_type: TagType = TagType.STANDARD,
        tags: Sequence[Any] | dict[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, type=resource_type)
        self.tags = TagManager(tag_type, resource_type, tags, tag_property_name="tags")

    def _cfn_render_properties(self) -> dict[str, Any]:
        return {"Tags": self.tags.render_tags()}


def _tags(stack: Stack, logical_id: str) -> Any:
    return resources_of(stack)[logical_id].get("Properties", {}).get("Tags")


# -- tagging styles ------------------------------------------------------------------------------------------


def test_standard_tags_render_as_key_value_list(stack: Stack) -> None:
    Taggable(stack, "T")
    Tags.of(stack).add("b", "2")
    Tags.of(stack).add("a", "1")
    assert _tags(stack, "T") == [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]


def test_map_tags_render_as_an_object(stack: Stack) -> None:
    Taggable(stack, "P", resource_type="AWS::SSM::Parameter", tag_type=TagType.MAP)
    Tags.of(stack).add("b", "2")
    Tags.of(stack).add("a", "1")
    tags = _tags(stack, "P")
    assert tags == {"a": "1", "b": "2"}
    assert list(tags) == ["a", "b"]


def test_autoscaling_group_tags_carry_propagate_at_launch(stack: Stack) -> None:
    Taggable(stack, "Asg", resource_type="AWS::AutoScaling::AutoScalingGroup", tag_type=TagType.AUTOSCALING_GROUP)
    Tags.of(stack).add("Prop", "yes")
    Tags.of(stack).add("NoProp", "no", apply_to_launched_instances=False)
    assert _tags(stack, "Asg") == [
        {"Key": "NoProp", "PropagateAtLaunch": False, "Value": "no"},
        {"Key": "Prop", "PropagateAtLaunch": True, "Value": "yes"},
    ]


def test_key_value_tags_render_as_key_value_list(stack: Stack) -> None:
    Taggable(stack, "K", resource_type="AWS::Custom::KeyValue", tag_type=TagType.KEY_VALUE)
    Tags.of(stack).add("k", "v")
    assert _tags(stack, "K") == [{"Key": "k", "Value": "v"}]


def test_not_taggable_renders_nothing(stack: Stack) -> None:
    Taggable(stack, "N", tag_type=TagType.NOT_TAGGABLE)
    Tags.of(stack).add("k", "v")
    assert _tags(stack, "N") is None


def test_raw_cfn_resources_are_not_tagged(stack: Stack) -> None:
    CfnResource(stack, "Raw", type="AWS::SNS::Topic")
    Tags.of(stack).add("k", "v")
    assert resources_of(stack)["Raw"] == {"Type": "AWS::SNS::Topic"}


def test_no_tags_omits_the_property(stack: Stack) -> None:
    Taggable(stack, "T")
    assert resources_of(stack)["T"] == {"Type": "AWS::SNS::Topic"}


# -- order and priorities ----------------------------------------------------------------------------------


def test_tags_are_sorted_with_locale_compare(stack: Stack) -> None:
    Taggable(stack, "T")
    for key in ["zeta", "Prio", "Own", "NoPropagate", "NoBuckets", "b-key", "Alpha", "A-key", "a-key", "_under"]:
        Tags.of(stack).add(key, "v")
    assert [t["Key"] for t in _tags(stack, "T")] == [
        "_under", "a-key", "A-key", "Alpha", "b-key", "NoBuckets", "NoPropagate", "Own", "Prio", "zeta",
    ]


def test_constructor_tags_have_priority_50_and_merge_into_the_sorted_list(stack: Stack) -> None:
    Taggable(stack, "T", tags=[CfnTag(key="own", value="ctor"), {"key": "b", "value": "ctor"}])
    Taggable(stack, "U", tags=[CfnTag(key="own", value="ctor")])
    Tags.of(stack.node.find_child("T")).add("own", "aspect")
    Tags.of(stack.node.find_child("U")).add("own", "low", priority=10)
    Tags.of(stack).add("a", "aspect")
    assert _tags(stack, "T") == [
        {"Key": "a", "Value": "aspect"}, {"Key": "b", "Value": "ctor"}, {"Key": "own", "Value": "aspect"},
    ]
    assert _tags(stack, "U") == [{"Key": "a", "Value": "aspect"}, {"Key": "own", "Value": "ctor"}]


def test_higher_priority_wins_whatever_the_order(stack: Stack) -> None:
    group = Construct(stack, "Group")
    Taggable(group, "InGroup")
    Taggable(stack, "Outside")
    Tags.of(group).add("team", "group", priority=300)
    Tags.of(stack).add("team", "core")
    resources = resources_of(stack)
    in_group = resources["GroupInGroupDA86CC8A"]
    assert in_group["Properties"]["Tags"] == [{"Key": "team", "Value": "group"}]
    assert resources["Outside"]["Properties"]["Tags"] == [{"Key": "team", "Value": "core"}]


def test_remove_deletes_the_tag_below_its_scope(stack: Stack) -> None:
    group = Construct(stack, "Group")
    Taggable(group, "InGroup")
    Taggable(stack, "Outside")
    Tags.of(stack).add("team", "core")
    Tags.of(stack).add("keep", "yes")
    Tags.of(group).remove("team")
    resources = resources_of(stack)
    in_group = resources["GroupInGroupDA86CC8A"]
    assert in_group["Properties"]["Tags"] == [{"Key": "keep", "Value": "yes"}]
    assert resources["Outside"]["Properties"]["Tags"] == [
        {"Key": "keep", "Value": "yes"}, {"Key": "team", "Value": "core"},
    ]


def test_remove_default_priority_beats_a_default_add(stack: Stack) -> None:
    Taggable(stack, "T")
    Tags.of(stack).remove("k")
    Tags.of(stack.node.find_child("T")).add("k", "v")
    Tags.of(stack.node.find_child("T")).add("other", "v")
    assert _tags(stack, "T") == [{"Key": "other", "Value": "v"}]


def test_add_with_higher_priority_beats_a_remove(stack: Stack) -> None:
    Taggable(stack, "T")
    Tags.of(stack).remove("k", priority=300)
    Tags.of(stack).add("k", "v", priority=400)
    assert _tags(stack, "T") == [{"Key": "k", "Value": "v"}]


def test_include_and_exclude_resource_types(stack: Stack) -> None:
    Taggable(stack, "Topic", resource_type="AWS::SNS::Topic")
    Taggable(stack, "Queue", resource_type="AWS::SQS::Queue")
    Tags.of(stack).add("only-topics", "yes", include_resource_types=["AWS::SNS::Topic"])
    Tags.of(stack).add("not-queues", "yes", exclude_resource_types=["AWS::SQS::Queue"])
    Tags.of(stack).add("everyone", "yes")
    resources = resources_of(stack)
    assert resources["Topic"]["Properties"]["Tags"] == [
        {"Key": "everyone", "Value": "yes"}, {"Key": "not-queues", "Value": "yes"},
        {"Key": "only-topics", "Value": "yes"},
    ]
    assert resources["Queue"]["Properties"]["Tags"] == [{"Key": "everyone", "Value": "yes"}]


def test_tag_manager_set_and_remove_respect_priorities() -> None:
    tm = TagManager(TagType.STANDARD, "AWS::SNS::Topic")
    tm.set_tag("k", "high", 300)
    tm.set_tag("k", "low", 100)
    assert tm.render_tags() == [{"Key": "k", "Value": "high"}]
    tm.remove_tag("k", 200)
    assert tm.has_tags()
    tm.set_tag("k", "same", 300)
    assert tm.tag_values() == {"k": "same"}
    tm.remove_tag("k", 300)
    assert not tm.has_tags()
    assert tm.render_tags() is None


# -- stack tags ------------------------------------------------------------------------------------------------


def _manifest_tags(outdir: Path, artifact: str) -> Any:
    manifest = json.loads((outdir / "manifest.json").read_text())
    return manifest["artifacts"][artifact]["properties"].get("tags")


def test_stack_tags_go_to_the_manifest_and_not_the_template(app: App, outdir: Path) -> None:
    stack = Stack(app, "Tagged", tags={"b": "2", "a": "1"})
    Taggable(stack, "T")
    CfnResource(stack, "Raw", type="AWS::SNS::Topic")
    app.synth()
    tags = _manifest_tags(outdir, "Tagged")
    assert tags == {"a": "1", "b": "2"}
    assert list(tags) == ["a", "b"]
    template = json.loads((outdir / "Tagged.template.json").read_text())
    assert template["Resources"]["T"] == {"Type": "AWS::SNS::Topic"}


def test_tags_of_a_stack_tag_the_stack_and_its_resources(app: App, outdir: Path) -> None:
    stack = Stack(app, "S", tags={"own": "props"})
    Taggable(stack, "T")
    Tags.of(app).add("team", "core")
    app.synth()
    assert _manifest_tags(outdir, "S") == {"own": "props", "team": "core"}
    template = json.loads((outdir / "S.template.json").read_text())
    assert template["Resources"]["T"]["Properties"]["Tags"] == [{"Key": "team", "Value": "core"}]


def test_untagged_stack_has_no_tags_in_the_manifest(app: App, outdir: Path) -> None:
    stack = Stack(app, "S")
    CfnResource(stack, "Raw", type="AWS::SNS::Topic")
    app.synth()
    assert _manifest_tags(outdir, "S") is None


def test_fails_tag_without_value(stack: Stack) -> None:
    with pytest.raises(RuntimeError):
        Tags.of(stack).add("k", None)  # type: ignore[arg-type]
