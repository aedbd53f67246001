"""Synthesis reads an L1's tags without making its ``TagManager`` when none was made: the result must be what the
made (empty, or tagged) manager gives -- template and tree.json alike, for each kind of tag."""

import json
import os

import pytest

import constructs as cdk
from constructs._private.l1runtime.attributes import LazyTags, unmade_tags
from l1 import autoscaling, s3, ssm

CASES = [
    (s3.CfnBucket, {}),
    (ssm.CfnParameter, {"type": "String", "value": "v"}),
    (autoscaling.CfnAutoScalingGroup, {"max_size": "1", "min_size": "0"}),
]


def _synth(cls, props, *, touch: bool, tag: bool, tmp_path, name: str) -> tuple[str, dict]:
    app = cdk.App(outdir=str(tmp_path / name))
    stack = cdk.Stack(app, "S")
    r = cls(stack, "R", **props)
    if touch:
        r.tags  # noqa: B018 -- makes the TagManager through the general path
    if tag:
        cdk.Tags.of(stack).add("team", "blue")
    assembly = app.synth()
    with open(os.path.join(assembly.directory, "S.template.json"), encoding="utf-8") as f:
        template = f.read()
    with open(os.path.join(assembly.directory, "tree.json"), encoding="utf-8") as f:
        tree = json.load(f)
    return template, tree


@pytest.mark.parametrize(("cls", "props"), CASES, ids=[c.__name__ for c, _ in CASES])
@pytest.mark.parametrize("tag", [False, True], ids=["untagged", "tagged"])
def test_unmade_manager_renders_as_a_made_one(cls, props, tag, tmp_path) -> None:
    assert type(cls.tags) is LazyTags
    lazy = _synth(cls, props, touch=False, tag=tag, tmp_path=tmp_path, name="lazy")
    made = _synth(cls, props, touch=True, tag=tag, tmp_path=tmp_path, name="made")
    assert lazy == made
    assert ("team" in lazy[0]) is tag


def test_unmade_tags_only_before_the_manager_exists() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    r = s3.CfnBucket(stack, "R")
    assert unmade_tags(r) is s3.CfnBucket.tags
    manager = r.tags
    assert unmade_tags(r) is None
    assert manager.tag_property_name == s3.CfnBucket.tags.tag_property_name
    given = s3.CfnBucket(stack, "G", tags=[cdk.CfnTag(key="k", value="v")])
    assert unmade_tags(given) is None
