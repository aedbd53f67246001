"""Synthesis is deterministic: the same app gives byte-identical output whatever PYTHONHASHSEED is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP = '''
import sys

from constructs import (
    App, Aspects, CfnMapping, CfnOutput, CfnParameter, CfnResource, Construct, Fn, NestedStack, Stack, Tags,
    TagManager, TagType, Token, ResolutionTypeHint,
)


class Taggable(CfnResource):
    def __init__(self, scope, id):
        super().__init__(scope, id, type="AWS::SNS::Topic")
        self.tags = TagManager(TagType.STANDARD, "AWS::SNS::Topic", None, tag_property_name="tags")

    def _cfn_render_properties(self):
        return {"Tags": self.tags.render_tags()}


class Touch:
    def visit(self, node):
        if isinstance(node, CfnResource):
            node.add_metadata("visited", sorted({"b", "a", "c"} | {node.node.id}))


app = App(outdir=sys.argv[1])
producer = Stack(app, "Producer", tags={"z": "1", "a": "2", "m": "3"})
consumer = Stack(app, "Consumer")
bucket = CfnResource(Construct(producer, "Bucket"), "Resource", type="AWS::S3::Bucket",
                     properties={"Set": sorted({"x", "y", "z"}), "Map": {"q": "Q", "w": "W", "2": "two"}})
group = Construct(producer, "Group")
for name in ["b", "a", "10", "2", "C"]:
    Taggable(group, name)
Tags.of(producer).add("team", "core")
Tags.of(group).add("Alpha", "1")
Tags.of(group).add("_under", "2")
ips = Token.as_list(bucket.get_att("Ips", ResolutionTypeHint.STRING_LIST))
CfnParameter(producer, "P", default="x")
CfnMapping(producer, "M", mapping={"k1": {"k2": "v"}, "a": {"b": "c"}})
user = CfnResource(consumer, "User", type="Custom::User", properties={
    "Ref": bucket.ref, "Arn": bucket.get_att("Arn"), "Joined": f"arn:{bucket.ref}/x", "Ips": ips,
    "First": Fn.select(0, ips), "Json": Fn.to_json_string({"b": bucket.ref, "n": 1}),
})
user.node.add_dependency(group)
nested = NestedStack(producer, "Nested")
CfnResource(nested, "Inner", type="Custom::Inner", properties={"Parent": bucket.ref})
CfnOutput(producer, "Out", value=bucket.get_att("Arn"), export_name="Shared")
Aspects.of(app).add(Touch())
app.synth()
'''


def _synth(tmp_path: Path, seed: str) -> dict[str, bytes]:
    script = tmp_path / "app.py"
    script.write_text(APP)
    outdir = tmp_path / f"out-{seed}"
    env = {k: v for k, v in os.environ.items() if k not in ("CDK_OUTDIR", "CDK_CONTEXT_JSON")}
    env["PYTHONHASHSEED"] = seed
    subprocess.run(
        [sys.executable, str(script), str(outdir)], check=True, env=env, cwd=str(Path(__file__).parents[2]),
        capture_output=True, text=True,
    )
    return {str(p.relative_to(outdir)): p.read_bytes() for p in sorted(outdir.rglob("*")) if p.is_file()}


def test_synthesis_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    runs = {seed: _synth(tmp_path, seed) for seed in ("0", "1", "12345")}
    baseline = runs["0"]
    assert "Producer.template.json" in baseline
    assert "Consumer.template.json" in baseline
    assert "manifest.json" in baseline
    assert any(name.endswith(".nested.template.json") for name in baseline)
    for seed in ("1", "12345"):
        assert sorted(runs[seed]) == sorted(baseline)
        for name, content in baseline.items():
            assert runs[seed][name] == content, f"{name} differs between PYTHONHASHSEED=0 and {seed}"
