"""Custom synthesis (aws-cdk-lib's ``attachCustomSynthesis``, offered as ``constructs.internals``): a construct
writes its own files and artifacts into the assembly after the templates, also when validation is skipped; the
IAM policy report of ``Role.customize_roles`` is written so (its text is pinned by tests/l2/iam)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from constructs import App, CfnResource, Construct, Stack
from constructs.internals import attach_custom_synthesis


def test_a_custom_synthesis_writes_a_file_and_adds_an_artifact(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SQS::Queue")
    extra = Construct(stack, "Extra")
    seen: list[Any] = []

    def on_synthesize(session: Any) -> None:
        seen.append(session.outdir)
        assert (Path(session.outdir) / "S.template.json").exists()  # after the templates
        (Path(session.outdir) / "extra.txt").write_text("hello")
        session.assembly.add_artifact("Extra", {"type": "cdk:tree", "properties": {"file": "extra.txt"}})

    attach_custom_synthesis(extra, on_synthesize)
    assembly = app.synth()
    assert len(seen) == 1
    assert (tmp_path / "extra.txt").read_text() == "hello"
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["artifacts"]["Extra"] == {"type": "cdk:tree", "properties": {"file": "extra.txt"}}
    assert "Extra" in [a.id for a in assembly.artifacts]


def test_the_iam_policy_report_is_written_even_when_validation_is_skipped(tmp_path: Path) -> None:
    from l2 import iam

    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    iam.Role.customize_roles(stack, use_precreated_roles={"S/Role": "precreated"})
    iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    app.synth(skip_validation=True)
    report = json.loads((tmp_path / "iam-policy-report.json").read_text())
    assert report["roles"][0]["roleName"] == "precreated"
    assert (tmp_path / "iam-policy-report.txt").exists()


# The manifest aws-cdk-lib 2.275.0 writes for the same app (a StackSynthesizer subclass whose synthesize writes
# the template, emits the artifact, writes a file and adds an artifact; and a bootstrapless stack).
ORACLE_ARTIFACT_IDS = ["S", "Extra", "T", "Tree", "aws-cdk-lib/feature-flag-report"]
ORACLE_S = {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
            "properties": {"templateFile": "S.template.json", "terminationProtection": False,
                           "validateOnSynth": False},
            "additionalMetadataFile": "S.metadata.json", "displayName": "S"}
ORACLE_T = {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
            "properties": {"templateFile": "T.template.json", "terminationProtection": False,
                           "validateOnSynth": False,
                           "assumeRoleArn": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
                                            "cdk-hnb659fds-deploy-role-${AWS::AccountId}-${AWS::Region}",
                           "cloudFormationExecutionRoleArn": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
                                                             "cdk-hnb659fds-cfn-exec-role-${AWS::AccountId}-"
                                                             "${AWS::Region}"},
            "additionalMetadataFile": "T.metadata.json", "displayName": "T"}
ORACLE_FILES = ["S.metadata.json", "S.template.json", "T.metadata.json", "T.template.json", "cdk.out", "extra.txt",
                "manifest.json", "tree.json"]


def test_a_user_synthesizer_overriding_synthesize_is_called_as_aws_cdk_lib_calls_it(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import os

    monkeypatch.setenv("CDK_VALIDATION", "false")  # ORACLE_FILES has no validation-report.json

    from constructs import BootstraplessSynthesizer, StackSynthesizer

    class MySynth(StackSynthesizer):
        def synthesize(self, session: Any) -> None:
            source = self._synthesize_template(session)
            assert source.file_name == "S.template.json"
            self._emit_artifact(session)
            with open(os.path.join(session.outdir, "extra.txt"), "w") as f:
                f.write("hi")
            session.assembly.add_artifact("Extra", type="cdk:tree", properties={"file": "extra.txt"})

    app = App(outdir=str(tmp_path))
    s = Stack(app, "S", synthesizer=MySynth())
    CfnResource(s, "H", type="AWS::CloudFormation::WaitConditionHandle")
    t = Stack(app, "T", synthesizer=BootstraplessSynthesizer())
    CfnResource(t, "H", type="AWS::CloudFormation::WaitConditionHandle")
    app.synth()
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert list(manifest["artifacts"]) == ORACLE_ARTIFACT_IDS
    assert manifest["artifacts"]["S"] == ORACLE_S
    assert manifest["artifacts"]["Extra"] == {"type": "cdk:tree", "properties": {"file": "extra.txt"}}
    assert manifest["artifacts"]["T"] == ORACLE_T
    assert sorted(os.listdir(tmp_path)) == ORACLE_FILES


def test_a_synthesizer_overriding_synthesize_and_calling_super_gets_the_default_artifact(tmp_path: Path) -> None:
    from constructs import DefaultStackSynthesizer

    calls: list[str] = []

    class Wrapping(DefaultStackSynthesizer):
        def synthesize(self, session: Any) -> None:
            super().synthesize(session)
            calls.append(session.outdir)

    app = App(outdir=str(tmp_path))
    s = Stack(app, "S", synthesizer=Wrapping())
    CfnResource(s, "H", type="AWS::CloudFormation::WaitConditionHandle")
    app.synth()
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert len(calls) == 1
    assert list(manifest["artifacts"])[:2] == ["S.assets", "S"]
    assert manifest["artifacts"]["S"]["dependencies"] == ["S.assets"]
