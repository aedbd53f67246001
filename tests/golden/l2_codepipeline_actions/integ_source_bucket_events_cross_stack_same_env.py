"""aws-cdk's s3/integ.source-bucket-events-cross-stack-same-env: an S3 source with CloudTrail events on a bucket
of another stack in the same environment."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = App()
bucket_stack = Stack(app, "BucketStack")
bucket = s3.Bucket(bucket_stack, "Bucket", removal_policy=RemovalPolicy.DESTROY)
pipeline_stack = Stack(app, "PipelineStack")
source_output = codepipeline.Artifact()
codepipeline.Pipeline(pipeline_stack, "Pipeline", cross_account_keys=True, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[cpactions.S3SourceAction(
        action_name="Source", bucket=bucket, trigger=cpactions.S3Trigger.EVENTS, bucket_key="file.zip",
        output=source_output)]),
    codepipeline.StageProps(stage_name="Build", actions=[cpactions.CodeBuildAction(
        action_name="Build", project=codebuild.PipelineProject(pipeline_stack, "Project"), input=source_output)]),
])
app.synth()
