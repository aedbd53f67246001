"""Port of aws-cdk's aws-codebuild integ.project-visibility.ts: a PUBLIC_READ project."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "codebuild-visibility")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    source=codebuild.Source.s3(bucket=bucket, path="path/to/my/source.zip"),
    visibility=codebuild.ProjectVisibility.PUBLIC_READ,
)
app.synth()
