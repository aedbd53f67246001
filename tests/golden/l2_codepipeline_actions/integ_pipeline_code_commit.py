"""aws-cdk's integ.pipeline-code-commit: a CodeCommit source with the default event rule, a manual approval."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-codecommit")
repo = codecommit.Repository(stack, "MyRepo", repository_name="my-repo")
codepipeline.Pipeline(stack, "Pipeline", stages=[
    codepipeline.StageProps(stage_name="source", actions=[cpactions.CodeCommitSourceAction(
        action_name="source", repository=repo, output=codepipeline.Artifact("SourceArtifact"))]),
    codepipeline.StageProps(stage_name="build", actions=[cpactions.ManualApprovalAction(action_name="manual")]),
])
app.synth()
