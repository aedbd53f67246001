"""Port of aws-cdk's aws-codebuild integ.project-logging.ts: CloudWatch and S3 logging of a PipelineProject."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-codebuild-logging")
codebuild.PipelineProject(
    stack,
    "Project",
    logging=codebuild.LoggingOptions(
        cloud_watch=codebuild.CloudWatchLoggingOptions(
            log_group=logs.LogGroup(stack, "LogingGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
        ),
        s3=codebuild.S3LoggingOptions(
            bucket=s3.Bucket(stack, "LoggingBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
        ),
    ),
)
app.synth()
