"""aws-cdk's integ.pipeline-code-commit-build: CodeCommit source (polling), CodeBuild build and test actions."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-codecommit-codebuild")

repository = codecommit.Repository(stack, "MyRepo", repository_name="my-repo")
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.CodeCommitSourceAction(
    action_name="source", output=source_output, repository=repository, trigger=cpactions.CodeCommitTrigger.POLL)
project = codebuild.PipelineProject(stack, "MyBuildProject", grant_report_group_permissions=False)
build_action = cpactions.CodeBuildAction(
    action_name="build", project=project, input=source_output, outputs=[codepipeline.Artifact()],
    environment_variables={
        "TEST_ENV_VARIABLE": codebuild.BuildEnvironmentVariable(value="test env variable value"),
        "PARAM_STORE_VARIABLE": codebuild.BuildEnvironmentVariable(
            value="param_store", type=codebuild.BuildEnvironmentVariableType.PARAMETER_STORE),
    },
)
test_action = cpactions.CodeBuildAction(
    type=cpactions.CodeBuildActionType.TEST, action_name="test", project=project, input=source_output)

codepipeline.Pipeline(
    stack, "Pipeline", cross_account_keys=True,
    stages=[codepipeline.StageProps(stage_name="source", actions=[source_action])],
).add_stage(stage_name="build", actions=[build_action, test_action])

app.synth()
