"""Artifact names and action variables, as aws-cdk-lib's ``Stage.render`` and ``Action.variableExpression`` make
them: unnamed outputs are named ``Artifact_<stage>_<action>[_<n>]`` without ``@`` and ``.``; a referenced variable
gives its action a ``<stage>_<action>_NS`` namespace; a variable of an action in no pipeline cannot resolve."""

from __future__ import annotations

import pytest

from assertions import Template
from constructs import App, Stack
from l2 import codebuild, codepipeline, s3
from l2 import codepipeline_actions as cpactions


def _pipeline(stack: Stack) -> codepipeline.Pipeline:
    return codepipeline.Pipeline(stack, "P", pipeline_type=codepipeline.PipelineType.V2)


def test_unnamed_outputs_get_stage_and_action_names() -> None:
    stack = Stack(App(), "S")
    pipeline = _pipeline(stack)
    source = codepipeline.Artifact()
    pipeline.add_stage(stage_name="Src.v1", actions=[cpactions.S3SourceAction(
        action_name="Get@S3", bucket=s3.Bucket(stack, "B"), bucket_key="k", output=source)])
    project = codebuild.PipelineProject(stack, "Proj")
    pipeline.add_stage(stage_name="Build", actions=[cpactions.CodeBuildAction(
        action_name="Make", project=project, input=source,
        outputs=[codepipeline.Artifact(), codepipeline.Artifact("Named"), codepipeline.Artifact()])])
    stages = next(iter(Template.from_stack(stack).find_resources("AWS::CodePipeline::Pipeline").values()))[
        "Properties"]["Stages"]
    assert stages[0]["Actions"][0]["OutputArtifacts"] == [{"Name": "Artifact_Srcv1_GetS3"}]
    assert stages[1]["Actions"][0]["InputArtifacts"] == [{"Name": "Artifact_Srcv1_GetS3"}]
    assert stages[1]["Actions"][0]["OutputArtifacts"] == [
        {"Name": "Artifact_Build_Make_1"}, {"Name": "Named"}, {"Name": "Artifact_Build_Make_2"}]
    assert source.artifact_name == "Artifact_Srcv1_GetS3"


def test_a_referenced_variable_names_the_namespace_and_an_unreferenced_one_does_not() -> None:
    stack = Stack(App(), "S")
    pipeline = _pipeline(stack)
    out = codepipeline.Artifact("Out")
    referenced = cpactions.S3SourceAction(action_name="A", bucket=s3.Bucket(stack, "B"), bucket_key="k", output=out)
    quiet = cpactions.S3SourceAction(action_name="Q", bucket=s3.Bucket(stack, "C"), bucket_key="k",
                                     output=codepipeline.Artifact("Quiet"))
    pipeline.add_stage(stage_name="Source", actions=[referenced, quiet])
    pipeline.add_stage(stage_name="Look", actions=[cpactions.ManualApprovalAction(
        action_name="M", additional_information=referenced.variables.version_id)])
    actions = next(iter(Template.from_stack(stack).find_resources("AWS::CodePipeline::Pipeline").values()))[
        "Properties"]["Stages"]
    assert actions[0]["Actions"][0]["Namespace"] == "Source_A_NS"
    assert "Namespace" not in actions[0]["Actions"][1]
    assert actions[1]["Actions"][0]["Configuration"]["CustomData"] == "#{Source_A_NS.VersionId}"


def test_a_variable_of_an_action_in_no_pipeline_fails_at_synthesis() -> None:
    app = App()
    stack = Stack(app, "S")
    pipeline = _pipeline(stack)
    orphan = cpactions.S3SourceAction(action_name="Orphan", bucket=s3.Bucket(stack, "B"), bucket_key="k",
                                      output=codepipeline.Artifact())
    pipeline.add_stage(stage_name="Source", actions=[cpactions.S3SourceAction(
        action_name="Src", bucket=s3.Bucket(stack, "C"), bucket_key="k", output=codepipeline.Artifact())])
    pipeline.add_stage(stage_name="Look", actions=[cpactions.ManualApprovalAction(
        action_name="M", additional_information=orphan.variables.e_tag)])
    with pytest.raises(Exception, match="Cannot reference variables of action 'Orphan', as that action was never "
                                        "added to a pipeline"):
        app.synth()
