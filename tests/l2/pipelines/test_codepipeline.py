"""The ``CodePipeline`` engine: bad input and early reads fail like aws-cdk-lib's, the built pipeline's projects and
files are there.

Expected messages, names and files were read from aws-cdk-lib 2.275.0's ``aws_cdk.pipelines`` running the same calls
(the templates themselves are pinned by the golden apps of ``tests/golden/l2_pipelines``).
"""

from __future__ import annotations

import os
import re

import pytest

from constructs import App, CfnOutput, Stack, Stage, ValidationError
from l2.codebuild import FileSystemLocation
from l2.codepipeline import Pipeline
from l2.pipelines import (
    CodeBuildOptions,
    CodeBuildStep,
    CodePipeline,
    CodePipelineSource,
    ManualApprovalStep,
    ShellStep,
    StackSteps,
    Step,
)
from l2.sqs import Queue


def _synth() -> ShellStep:
    return ShellStep("Synth", input=CodePipelineSource.git_hub("o/r", "main"), commands=["x"])


def _pipeline(**kwargs: object) -> tuple[Stack, CodePipeline]:
    stack = Stack(App(), "S")
    return stack, CodePipeline(stack, "CP", synth=_synth(), **kwargs)  # type: ignore[arg-type]


def _stage(scope: Stack, id: str = "Beta") -> tuple[Stage, Stack]:
    stage = Stage(scope, id)
    stack = Stack(stage, "K")
    Queue(stack, "Q")
    return stage, stack


def _existing_with_name() -> None:
    stack = Stack(App(), "S")
    CodePipeline(stack, "CP", synth=_synth(), code_pipeline=Pipeline(stack, "P"), pipeline_name="x").build_pipeline()


def _change_set_steps_without_change_sets() -> None:
    stack, pipeline = _pipeline(use_change_sets=False)
    stage, app_stack = _stage(stack)
    pipeline.add_stage(stage, stack_steps=[StackSteps(stack=app_stack, change_set=[ManualApprovalStep("A")])])
    pipeline.build_pipeline()


def _file_systems_without_vpc() -> None:
    _, pipeline = _pipeline(code_build_defaults=CodeBuildOptions(file_system_locations=[
        FileSystemLocation.efs(identifier="i", location="l", mount_point="/m")]))
    pipeline.build_pipeline()


def _export_after_build() -> None:
    _, pipeline = _pipeline()
    producer = CodeBuildStep("Prod", commands=["x"])
    pipeline.add_wave("W", post=[producer])
    pipeline.build_pipeline()
    producer.exported_variable("X")


def _unsupported_step() -> None:
    class Custom(Step):
        pass

    _, pipeline = _pipeline()
    pipeline.add_wave("W", post=[Custom("Custom")])
    pipeline.build_pipeline()


def _built_twice() -> None:
    _, pipeline = _pipeline()
    pipeline.build_pipeline()
    pipeline.build_pipeline()


def _output_of_a_stage_not_in_the_pipeline() -> None:
    stack, pipeline = _pipeline()
    other = Stage(stack, "Other")
    output = CfnOutput(Stack(other, "K"), "O", value="v")
    pipeline.add_wave("W", post=[ShellStep("Use", commands=["x"], env_from_cfn_outputs={"V": output})])
    pipeline.build_pipeline()


def _cycle() -> None:
    a, b = ManualApprovalStep("A"), ManualApprovalStep("B")
    a.add_step_dependency(b)
    b.add_step_dependency(a)
    _, pipeline = _pipeline()
    pipeline.add_wave("W", post=[a, b])
    pipeline.build_pipeline()


def _two_sources_of_one_repository() -> None:
    # aws-cdk-lib 2.275 fails its own integ test pipeline-with-additional-inputs the same way
    stack = Stack(App(), "S")
    CodePipeline(stack, "P", synth=CodeBuildStep(
        "Synth", commands=["x"],
        input=CodePipelineSource.connection("owner/repo", "b1", connection_arn="arn:x"),
        additional_inputs={"more": CodePipelineSource.connection("owner/repo", "b2", connection_arn="arn:y")},
    )).build_pipeline()


def _wave_after_build() -> None:
    _, pipeline = _pipeline()
    pipeline.build_pipeline()
    pipeline.add_wave("Late")


@pytest.mark.parametrize(("make", "message"), [
    (_existing_with_name, "Cannot set 'pipelineName' if an existing CodePipeline is given using 'codePipeline'"),
    (lambda: _pipeline()[1].synth_project, "Call pipeline.buildPipeline() before reading this property"),
    (lambda: _pipeline()[1].pipeline, "Pipeline not created yet"),
    (_change_set_steps_without_change_sets,
     "Cannot use 'changeSet' steps for stack 'Beta-K': the pipeline does not support them or they have been "
     "disabled"),
    (_file_systems_without_vpc,
     "Setting fileSystemLocations requires a vpc to be set and privileged to be set to true."),
    (_export_after_build,
     "exportVariable(): Pipeline has already been produced, cannot call this function anymore"),
    (_built_twice, "build() has already been called: can only call it once"),
    (_output_of_a_stage_not_in_the_pipeline,
     "Stack 'S/Other/K' (producing output 'O') is not in the pipeline; call 'addStage()' to add the stack's Stage to "
     "the pipeline"),
    (_cycle, "Dependency cycle in graph: A => B => A"),
    (_wave_after_build, "addWave: can't add Waves anymore after buildPipeline() has been called"),
    (_two_sources_of_one_repository, "Node with duplicate id: owner/repo"),
])
def test_bad_use_fails_like_aws_cdk_lib(make, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        make()


def test_a_step_the_engine_cannot_run_is_refused():
    # aws-cdk-lib names the step after its JavaScript class ('Step(Custom)' for a Python subclass)
    with pytest.raises(ValidationError, match=r"Deployment step '\w+\(Custom\)' is not supported for "
                                              r"CodePipeline-backed pipelines"):
        _unsupported_step()


def test_without_self_mutation_there_is_no_self_mutation_project():
    _, pipeline = _pipeline(self_mutation=False)
    pipeline.build_pipeline()
    with pytest.raises(ValidationError, match="No selfMutationProject since the selfMutation property was set to "
                                              "false"):
        _ = pipeline.self_mutation_project


def test_the_built_pipeline_exposes_its_projects_and_writes_its_graph(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S")
    pipeline = CodePipeline(stack, "CP", synth=_synth())
    pipeline.build_pipeline()
    assert stack.resolve(pipeline.synth_project.project_name) == {"Ref": "CPPipelineBuildSynthCdkBuildProjectEDBBC5D3"}
    assert stack.resolve(pipeline.self_mutation_project.project_name) == {
        "Ref": "CPUpdatePipelineSelfMutation1265905B"}
    assert pipeline.self_mutation_enabled and not pipeline.use_pipeline_role_for_actions
    assembly = app.synth()
    assert sorted(f for f in os.listdir(tmp_path) if f.endswith(".dot")) == ["SCP1EAE29E6.dot"]
    warnings = [m.entry["data"] for m in assembly.get_stack_artifact("S").messages]
    assert warnings == ["V1 pipeline type is implicitly selected when `pipelineType` is not set. If you want to use V2 "
                        "type, set `PipelineType.V2`. [ack: @aws-cdk/aws-codepipeline:unspecifiedPipelineType]"]


def test_a_code_build_step_knows_its_project_once_built():
    _, pipeline = _pipeline()
    step = CodeBuildStep("Test", commands=["pytest"])
    pipeline.add_wave("W", post=[step])
    with pytest.raises(ValidationError, match="Call pipeline.buildPipeline"):
        _ = step.project
    pipeline.build_pipeline()
    assert step.grant_principal is step.project.grant_principal
    assert step.to_string() == "CodeBuildStep(Test)"
