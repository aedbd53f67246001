"""Port of aws-cdk's aws-codebuild integ.project-buildspec-artifacts.ts: S3 artifacts named by the buildspec."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-buildspec-artifact-name")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
    grant_report_group_permissions=False,
    artifacts=codebuild.Artifacts.s3(
        bucket=bucket, include_build_id=False, package_zip=True, path="another/path", identifier="AddArtifact1"
    ),
)
app.synth()
