"""aws-cdk's integ.pipeline-code-commit-main: the CodeCommit source's default branch under the ``main`` flag."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline-actions:useNewDefaultBranchForCodeCommitSource": True,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-codecommit-main")
repo = codecommit.Repository(stack, "MyRepo", repository_name="my-repo")
codepipeline.Pipeline(stack, "Pipeline", cross_account_keys=True, stages=[
    codepipeline.StageProps(stage_name="source", actions=[cpactions.CodeCommitSourceAction(
        action_name="source", repository=repo, output=codepipeline.Artifact("SourceArtifact"))]),
    codepipeline.StageProps(stage_name="build", actions=[cpactions.ManualApprovalAction(action_name="manual")]),
])
app.synth()
