"""The engine-neutral blueprint of ``l2.pipelines``: steps, file sets, waves and stage deployments.

Expected values (ids, names, artifact ids, error messages) were read from aws-cdk-lib 2.275.0's ``aws_cdk.pipelines``
running the same calls.
"""

from __future__ import annotations

import re

import pytest

from constructs import App, CfnOutput, Stack, Stage, Token, ValidationError
from l2.codepipeline import Pipeline
from l2.pipelines import (
    ArtifactMap,
    AssetType,
    CodePipelineSource,
    DockerCredentialUsage,
    FileSet,
    ManualApprovalStep,
    PipelineBase,
    ShellStep,
    StackOutputsMap,
    StackSteps,
    StageDeployment,
    Step,
    Wave,
)
from l2.s3 import Bucket


class _RecordingEngine(PipelineBase):
    """A pipeline engine for the tests: building records the waves and their stages."""

    built: list[tuple[str, list[str]]] | None = None

    def do_build_pipeline(self) -> None:
        self.built = [(w.id, [s.stage_name for s in w.stages]) for w in self.waves]


def test_the_pipeline_builds_once_at_synthesis_and_then_takes_no_more_stages():
    _, stage, _, _ = _stage()
    host_app = App()  # another app: pycdk's app.synth() refuses an outdir a nested stage's synth() wrote first
    host = Stack(host_app, "Host")
    engine = _RecordingEngine(host, "Pipeline", synth=ShellStep("Synth", commands=["cdk synth"],
                                                                 primary_output_directory="cdk.out"))
    assert PipelineBase.is_pipeline(engine) and not PipelineBase.is_pipeline(host)
    assert engine.cloud_assembly_file_set.id == "Output"
    engine.add_stage(stage)
    host_app.synth()
    assert engine.built == [("Prod", ["Prod"])]
    with pytest.raises(ValidationError, match="addWave: can't add Waves anymore after buildPipeline"):
        engine.add_wave("Late")


def test_the_synth_step_must_produce_the_cloud_assembly():
    stack = Stack(App(), "S")
    synth = ShellStep("Synth", commands=["cdk synth"])
    _RecordingEngine(stack, "P", synth=synth)
    assert [(o.directory, o.file_set.id) for o in synth.outputs] == [("cdk.out", "Output")]
    with pytest.raises(ValidationError, match=re.escape(
            "synthStep ManualApprovalStep(m) must produce a primary output, but is not producing anything.")):
        _RecordingEngine(stack, "Q", synth=ManualApprovalStep("m"))


def _stage() -> tuple[App, Stage, Stack, CfnOutput]:
    app = App()
    stage = Stage(app, "Prod")
    a = Stack(stage, "A")
    b = Stack(stage, "B")
    b.add_dependency(a)
    return app, stage, a, CfnOutput(a, "Out", value="x")


def test_shell_step_reads_its_input_and_stack_outputs_and_names_its_output():
    _, _, _, out = _stage()
    src = CodePipelineSource.git_hub("owner/repo", "main")
    assert (src.id, src.is_source, src.primary_output.id) == ("owner/repo", True, "Source")
    step = ShellStep("Test", commands=["ls"], input=src, env_from_cfn_outputs={"V": out},
                     primary_output_directory="out")
    assert [d.id for d in step.dependencies] == ["owner/repo"]
    assert [(i.directory, i.file_set.id) for i in step.inputs] == [(".", "Source")]
    assert [(o.directory, o.file_set.id) for o in step.outputs] == [("out", "Output")]
    ref = step.consumed_stack_outputs[0]
    assert (ref.output_name, ref.stack_description) == ("Out", "Prod/A")
    assert step.to_string() == "ShellStep(Test)"


def test_a_wave_deploys_the_stacks_of_a_stage_in_dependency_order():
    _, stage, _, _ = _stage()
    deployment = Wave("W").add_stage(stage)
    assert (deployment.stage_name, deployment.prepare_step) == ("Prod", None)
    assert [(s.stack_name, s.construct_path, s.stack_artifact_id, s.account, s.region,
             [d.stack_name for d in s.stack_dependencies]) for s in deployment.stacks] == [
        ("Prod-A", "Prod/A", "ProdA299A9AA1", None, None, []),
        ("Prod-B", "Prod/B", "ProdBF3C4D0C3", None, None, ["Prod-A"]),
    ]


def test_stack_steps_attach_to_their_stack():
    _, stage, a, _ = _stage()
    check = ManualApprovalStep("Check", comment="look")
    deployment = StageDeployment.from_stage(stage, stack_steps=[StackSteps(stack=a, change_set=[check])])
    assert [s.change_set for s in deployment.stacks] == [[check], []]


def test_sequence_chains_steps():
    a, b = ManualApprovalStep("a"), ManualApprovalStep("b")
    Step.sequence([a, b])
    assert [d.id for d in b.dependencies] == ["a"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda app: CodePipelineSource.git_hub("bad", "main"),
     "GitHub repository name should be a resolved string like '<owner>/<repo>', got 'bad'"),
    (lambda app: FileSet("x").producer, "FileSet 'x' doesn't have a producer; call 'fileSet.producedBy()'"),
    (lambda app: ShellStep("s", commands=[], additional_inputs={".": CodePipelineSource.git_hub("o/r", "m")}),
     "'s': input for directory '.' should be passed via 'input' property"),
    (lambda app: Wave("E").add_stage(Stage(app, "Empty")),
     "The given Stage construct ('Empty') should contain at least one Stack"),
])
def test_bad_input_fails_like_aws_cdk_lib(make, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        make(App())


def test_a_file_set_has_one_producer():
    fs = FileSet("f")
    fs.produced_by(ManualApprovalStep("a"))
    with pytest.raises(ValidationError, match=r"FileSet 'f' already has a producer \(ManualApprovalStep\(a\)\) "
                                              r"while setting producer: ManualApprovalStep\(b\)"):
        fs.produced_by(ManualApprovalStep("b"))


def test_a_source_adds_its_action_to_a_codepipeline_stage():
    stack = Stack(App(), "S")
    bucket = Bucket(stack, "B", versioned=True)
    src = CodePipelineSource.s3(bucket, "key.zip")
    assert src.id == bucket.node.addr  # aws-cdk-lib names an S3 source after the bucket's address
    pipeline = Pipeline(stack, "P")
    stage = pipeline.add_stage(stage_name="Source")
    engine = _RecordingEngine(stack, "Engine", synth=ShellStep("Synth", commands=["cdk synth"], input=src,
                                                                primary_output_directory="cdk.out"))
    commit = src.source_attribute("VersionId")
    assert Token.is_unresolved(commit)  # a token in aws-cdk-lib too
    with pytest.raises(ValidationError, match=r"Output for step S3Source\(.*\) not configured"):
        stack.resolve(commit)
    result = src.produce_action(stage, action_name="S3", artifacts=ArtifactMap(), pipeline=engine, run_order=1,
                                scope=stack, stack_outputs_map=StackOutputsMap(engine), variables_namespace="Src")
    assert result.run_orders_consumed == 1
    # aws-cdk-lib's S3 source names its action after the bucket, whatever name the engine proposes
    assert [stack.resolve(a.action_properties.action_name) for a in stage.actions] == [{"Ref": "B08E7C7AF"}]
    assert (DockerCredentialUsage.SYNTH.value, AssetType.FILE.value) == ("SYNTH", "FILE")
