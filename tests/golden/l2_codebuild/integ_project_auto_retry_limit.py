"""Port of aws-cdk's aws-codebuild integ.project-auto-retry-limit.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "codebuild-auto-retry-limit")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    source=codebuild.Source.s3(bucket=bucket, path="path/to/my/source.zip"),
    auto_retry_limit=2,
)
app.synth()
