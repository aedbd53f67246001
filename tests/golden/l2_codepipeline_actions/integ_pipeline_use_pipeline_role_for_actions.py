"""aws-cdk's integ.pipeline-use-pipeline-role-for-actions: actions run with the pipeline's role."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as cp
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_codestarconnections as codestarconnections

app = cdk.App(post_cli_context={"@aws-cdk/pipelines:reduceStageRoleTrustScope": False})
stack = cdk.Stack(app, "aws-cdk-integ-test-service-roles-for-actions")
input_artifact = cp.Artifact()
output_artifact = cp.Artifact()
connection = codestarconnections.CfnConnection(stack, "test-connection", connection_name="test-connection",
                                               provider_type="GitHub")
source_action = cpactions.CodeStarConnectionsSourceAction(
    action_name="integ-action-name", output=input_artifact, connection_arn=connection.attr_connection_arn,
    owner="cp-dev", repo="cp-triggers-integ-repo")
cp.Pipeline(stack, "codepipeline-integ-trigger-test", pipeline_name="codepipeline-integ-trigger-test",
            use_pipeline_role_for_actions=True, stages=[
    cp.StageProps(stage_name="Source", actions=[source_action]),
    cp.StageProps(stage_name="Build", actions=[cpactions.CodeBuildAction(
        action_name="CodeBuildAction", project=codebuild.PipelineProject(stack, "cp-trigger-integ-test"),
        input=input_artifact, outputs=[output_artifact],
        environment_variables={
            "CommitId": codebuild.BuildEnvironmentVariable(value=source_action.variables.commit_id)})]),
])
app.synth()
