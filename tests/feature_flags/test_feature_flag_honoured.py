"""Flags honoured in core whose effect is outside the templates the golden apps compare. Expected values are what
aws-cdk-lib 2.275.0 gives for the same app (run with the oracle venv when these tests were written)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from constructs import App, CfnResource, RemovalPolicy, Stack, Tags, ValidationError
from l2 import sqs


def _stack_tags(flag: bool, tmp_path: Path) -> dict[str, str] | None:
    app = App(outdir=str(tmp_path / "out"), context={"@aws-cdk/core:explicitStackTags": flag})
    stack = Stack(app, "ExplicitStackTags")
    sqs.Queue(stack, "Queue")
    Tags.of(app).add("Team", "payments")
    Tags.of(app).add("CostCenter", "42", include_resource_types=["aws:cdk:stack", "AWS::SQS::Queue"])
    app.synth()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    return manifest["artifacts"]["ExplicitStackTags"]["properties"].get("tags")


def test_explicit_stack_tags_keeps_app_tags_off_stacks_unless_asked(tmp_path: Path) -> None:
    # aws-cdk-lib: {"CostCenter": "42"} with the flag, both tags without it
    assert _stack_tags(True, tmp_path / "on") == {"CostCenter": "42"}
    assert _stack_tags(False, tmp_path / "off") == {"CostCenter": "42", "Team": "payments"}


def test_validate_snapshot_removal_policy_rejects_snapshot_on_a_type_without_snapshots() -> None:
    app = App(context={"@aws-cdk/core:validateSnapshotRemovalPolicy": True})
    stack = Stack(app, "S")
    with pytest.raises(ValidationError, match=r"^AWS::SQS::Queue does not support snapshot removal policy"):
        sqs.Queue(stack, "Q", removal_policy=RemovalPolicy.SNAPSHOT)
    # a type that can snapshot is fine
    CfnResource(stack, "Db", type="AWS::RDS::DBInstance").apply_removal_policy(RemovalPolicy.SNAPSHOT)


def test_snapshot_on_a_type_without_snapshots_warns_when_not_validated(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(stack, "Topic", type="AWS::SNS::Topic").apply_removal_policy(RemovalPolicy.SNAPSHOT)
    CfnResource(stack, "Db", type="AWS::RDS::DBInstance").apply_removal_policy(RemovalPolicy.SNAPSHOT)
    app.synth()
    meta = json.loads((tmp_path / "out" / "S.metadata.json").read_text())
    warnings = {p: [e["data"] for e in es if e["type"] == "aws:cdk:warning"] for p, es in meta.items()}
    assert warnings["/S/Topic"] == [
        "AWS::SNS::Topic does not support snapshot removal policy. This policy will be ignored. "
        "[ack: @aws-cdk/core:AWS::SNS::TopicSnapshotRemovalPolicyIgnored]"
    ]
    assert not warnings.get("/S/Db")


# aws-cdk-lib 2.275.0's message for iam.ResourceWithPolicies.of(CfnQueue) with automaticL1Traits false and no
# factory registered above the queue (oracle venv)
TRAIT_NOT_FOUND = (
    "Couldn't find trait for S/Q [AWS::SQS::Queue], install one explicitly or enable the feature flag "
    "'@aws-cdk/core:automaticL1Traits'"
)


def test_automatic_l1_traits_off_rejects_an_l1_without_a_registered_factory() -> None:
    from l1.sqs import CfnQueue
    from l2 import iam

    queue = CfnQueue(Stack(App(context={"@aws-cdk/core:automaticL1Traits": False}), "S"), "Q")
    for of in (iam.ResourceWithPolicies.of, iam.EncryptedResources.of):
        with pytest.raises(ValidationError) as err:
            of(queue)
        assert err.value.bare_message == TRAIT_NOT_FOUND
    # unset (true in v2) it does not fail
    iam.ResourceWithPolicies.of(CfnQueue(Stack(App(), "S"), "Q"))


def test_aspect_stabilization_off_warns_about_an_aspect_added_by_an_aspect(tmp_path: Path) -> None:
    """The golden app core/flag_aspect_stabilization_off pins the templates; this pins aws-cdk-lib's warning."""
    from constructs import Aspects

    class Late:
        def visit(self, node: object) -> None:
            pass

    class AddAspect:
        def visit(self, node: object) -> None:
            if isinstance(node, Stack):
                Aspects.of(node).add(Late())

    def warnings(flag: bool) -> dict[str, list[str]]:
        out = tmp_path / str(flag)
        app = App(outdir=str(out), context={"@aws-cdk/core:aspectStabilization": flag})
        stack = Stack(app, "S")
        sqs.Queue(stack, "Q")
        Aspects.of(app).add(AddAspect())
        app.synth()
        meta = json.loads((out / "S.metadata.json").read_text())
        return {p: [e["data"] for e in es if e["type"] == "aws:cdk:warning"] for p, es in meta.items()}

    # aws-cdk-lib 2.275.0: the one warning, on the construct being visited when the aspect was added
    assert {p: w for p, w in warnings(False).items() if w} == {
        "/S": ["We detected an Aspect was added via another Aspect, and will not be applied "
               "[ack: @aws-cdk/core:ignoredAspect]"]
    }
    assert not any(warnings(True).values())
