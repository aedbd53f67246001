"""Port of aws-codebuild integ.docker-asset.lit: a Linux build image from a local Docker context (image asset),
pulled with the project's role. The integ test's demo-image directory is a stand-in written here."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

demo_image = tempfile.mkdtemp()
with open(os.path.join(demo_image, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/docker/library/node:18\n")

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "test-codebuild-docker-asset")
codebuild.Project(stack, "MyProject",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2",
                                                              "phases": {"build": {"commands": ["ls"]}}}),
                  grant_report_group_permissions=False,
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.LinuxBuildImage.from_asset(stack, "MyImage", directory=demo_image)))
app.synth()
