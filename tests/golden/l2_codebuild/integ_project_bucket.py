"""Port of aws-cdk's aws-codebuild integ.project-bucket.ts: an S3 source and a LARGE compute type."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-codebuild")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    source=codebuild.Source.s3(bucket=bucket, path="path/to/my/source.zip"),
    environment=codebuild.BuildEnvironment(compute_type=codebuild.ComputeType.LARGE),
    grant_report_group_permissions=False,
)
app.synth()
