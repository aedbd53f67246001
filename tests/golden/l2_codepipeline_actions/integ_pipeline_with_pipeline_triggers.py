"""aws-cdk's integ.pipeline-with-pipeline-triggers: V2 pipelines with Git push (tags, branches and paths) and
pull-request triggers on CodeStar connection sources."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_codestarconnections as codestarconnections

app = cdk.App(tree_metadata=False, post_cli_context={"@aws-cdk/pipelines:reduceStageRoleTrustScope": False})
stack = cdk.Stack(app, "aws-cdk-codepipeline-with-pipeline-triggers")
connection = codestarconnections.CfnConnection(stack, "test-connection", connection_name="test-connection",
                                               provider_type="GitHub")
connection_arn = connection.attr_connection_arn

source_output1 = codepipeline.Artifact()
source_action1 = cpactions.CodeStarConnectionsSourceAction(
    action_name="CodeStarConnectionsSourceAction", output=source_output1, connection_arn=connection_arn,
    owner="go-to-k", repo="cdk-codepipeline-demo-1")
codepipeline.Pipeline(
    stack, "Pipeline", pipeline_name="my-pipeline", pipeline_type=codepipeline.PipelineType.V2,
    cross_account_keys=True,
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[source_action1]),
        codepipeline.StageProps(stage_name="Build", actions=[cpactions.CodeBuildAction(
            action_name="CodeBuild", project=codebuild.PipelineProject(stack, "MyProject"), input=source_output1,
            outputs=[codepipeline.Artifact()],
            environment_variables={
                "CommitId": codebuild.BuildEnvironmentVariable(value=source_action1.variables.commit_id)})]),
    ],
    triggers=[codepipeline.TriggerProps(
        provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
        git_configuration=codepipeline.GitConfiguration(
            source_action=source_action1,
            push_filter=[codepipeline.GitPushFilter(tags_excludes=["exclude1", "exclude2"],
                                                    tags_includes=["include1", "include2"])]))],
)

source_output2 = codepipeline.Artifact()
source_action2 = cpactions.CodeStarConnectionsSourceAction(
    action_name="CodeStarConnectionsSourceAction2", output=source_output2, connection_arn=connection_arn,
    owner="go-to-k", repo="cdk-codepipeline-demo-2")
codepipeline.Pipeline(
    stack, "Pipeline2", pipeline_name="my-pipeline2", pipeline_type=codepipeline.PipelineType.V2,
    cross_account_keys=True,
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[source_action2]),
        codepipeline.StageProps(stage_name="Build", actions=[cpactions.CodeBuildAction(
            action_name="CodeBuild2", project=codebuild.PipelineProject(stack, "MyProject2"), input=source_output2,
            outputs=[codepipeline.Artifact()],
            environment_variables={
                "CommitId": codebuild.BuildEnvironmentVariable(value=source_action2.variables.commit_id)})]),
    ],
    triggers=[codepipeline.TriggerProps(
        provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
        git_configuration=codepipeline.GitConfiguration(
            source_action=source_action2,
            pull_request_filter=[codepipeline.GitPullRequestFilter(
                branches_excludes=["exclude1", "exclude2"], branches_includes=["include1", "include2"],
                file_paths_excludes=["/path/to/exclude1", "/path/to/exclude2"],
                file_paths_includes=["/path/to/include1", "/path/to/include2"],
                events=[codepipeline.GitPullRequestEvent.OPEN, codepipeline.GitPullRequestEvent.UPDATED])]))],
)

input_artifact = codepipeline.Artifact()
output_artifact = codepipeline.Artifact()
source_action3 = cpactions.CodeStarConnectionsSourceAction(
    action_name="integ-action-name", output=input_artifact, connection_arn=connection_arn, owner="cp-dev",
    repo="cp-triggers-integ-repo")
codepipeline.Pipeline(
    stack, "codepipeline-integ-trigger-test", pipeline_name="codepipeline-integ-trigger-test",
    # adapted: 2.275 defaults to V1 pipelines without the defaultPipelineTypeToV2 flag, and refuses triggers there
    pipeline_type=codepipeline.PipelineType.V2,
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[source_action3]),
        codepipeline.StageProps(stage_name="Build", actions=[cpactions.CodeBuildAction(
            action_name="CodeBuildAction", project=codebuild.PipelineProject(stack, "cp-trigger-integ-test"),
            input=input_artifact, outputs=[output_artifact],
            environment_variables={
                "CommitId": codebuild.BuildEnvironmentVariable(value=source_action3.variables.commit_id)})]),
    ],
    triggers=[codepipeline.TriggerProps(
        provider_type=codepipeline.ProviderType.CODE_STAR_SOURCE_CONNECTION,
        git_configuration=codepipeline.GitConfiguration(
            source_action=source_action3,
            push_filter=[codepipeline.GitPushFilter(
                branches_excludes=["exclude1", "exclude2"], branches_includes=["include1", "include2"],
                file_paths_excludes=["/path/to/exclude1", "/path/to/exclude2"],
                file_paths_includes=["/path/to/include1", "/path/to/include2"])]))],
)
app.synth()
