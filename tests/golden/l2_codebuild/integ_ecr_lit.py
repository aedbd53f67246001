"""Port of aws-cdk's aws-codebuild integ.ecr.lit.ts: a build image from an ECR repository."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "test-codebuild-docker-asset")
ecr_repository = ecr.Repository(stack, "MyRepo")
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["ls"]}}}),
    grant_report_group_permissions=False,
    environment=codebuild.BuildEnvironment(
        build_image=codebuild.LinuxBuildImage.from_ecr_repository(ecr_repository, "v1.0")
    ),
)
app.synth()
