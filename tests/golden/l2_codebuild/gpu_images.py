"""LinuxGpuBuildImage beyond the integ test: a region-specific stack (the DLC account as a literal), an explicit
account, an ECR repository's image, the SMALL compute type, and the GPU run-script build spec."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "GpuImages", env=cdk.Environment(account="111122223333", region="eu-west-1"))
codebuild.Project(stack, "Regional",
                  build_spec=codebuild.LinuxGpuBuildImage.DLC_PYTORCH_1_5_0_TRAINING.run_script_buildspec("train.sh"),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.LinuxGpuBuildImage.DLC_PYTORCH_1_5_0_TRAINING,
                      compute_type=codebuild.ComputeType.SMALL))
codebuild.Project(stack, "ExplicitAccount",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.LinuxGpuBuildImage.aws_deep_learning_containers_image(
                          "tensorflow-training", "2.3.0-gpu-py37-cu110-ubuntu18.04", "763104351884")))
repository = ecr.Repository(stack, "Repo")
codebuild.Project(stack, "FromEcr",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.LinuxGpuBuildImage.from_ecr_repository(repository, "v1")))
app.synth()
