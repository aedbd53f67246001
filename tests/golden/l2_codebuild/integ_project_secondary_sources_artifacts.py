"""Port of aws-cdk's aws-codebuild integ.project-secondary-sources-artifacts.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-secondary-sources-artifacts")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
    secondary_sources=[codebuild.Source.s3(bucket=bucket, path="some/path", identifier="AddSource1")],
    secondary_artifacts=[
        codebuild.Artifacts.s3(bucket=bucket, path="another/path", name="name", identifier="AddArtifact1")
    ],
    grant_report_group_permissions=False,
)
app.synth()
