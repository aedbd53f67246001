"""Windows and macOS build images from local Docker contexts (image assets with options), on a Windows project and
a macOS fleet."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ecr_assets as ecr_assets

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM mcr.microsoft.com/windows/servercore:ltsc2022\n")
with open(os.path.join(context, "Other.Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/docker/library/alpine:3\n")

app = cdk.App()
stack = cdk.Stack(app, "ImageAssets")
codebuild.Project(stack, "Windows",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.WindowsBuildImage.from_asset(
                          stack, "WindowsImage", ecr_assets.DockerImageAssetProps(directory=context),
                          codebuild.WindowsImageType.SERVER_2022),
                      compute_type=codebuild.ComputeType.MEDIUM))
fleet = codebuild.Fleet(stack, "MacFleet", base_capacity=1, compute_type=codebuild.FleetComputeType.MEDIUM,
                        environment_type=codebuild.EnvironmentType.MAC_ARM)
codebuild.Project(stack, "Mac",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(
                      fleet=fleet,
                      build_image=codebuild.MacBuildImage.from_asset(
                          stack, "MacImage", directory=context, file="Other.Dockerfile",
                          build_args={"VERSION": "1"}, target="build", exclude=["*.tmp"])))
app.synth()
