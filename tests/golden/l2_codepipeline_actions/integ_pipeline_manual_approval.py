"""aws-cdk's integ.pipeline-manual-approval: an S3 source and a manual approval with e-mail notifications."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-manual-approval")
bucket = s3.Bucket(stack, "Bucket")
codepipeline.Pipeline(
    stack, "Pipeline", artifact_bucket=bucket,
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[cpactions.S3SourceAction(
            action_name="S3", bucket=bucket, bucket_key="file.zip", output=codepipeline.Artifact())]),
        codepipeline.StageProps(stage_name="Approve", actions=[cpactions.ManualApprovalAction(
            action_name="ManualApproval", notify_emails=["adamruka85@gmail.com"], timeout=cdk.Duration.minutes(10))]),
    ],
)
app.synth()
