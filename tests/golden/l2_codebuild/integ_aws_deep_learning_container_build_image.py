"""Port of aws-codebuild integ.aws-deep-learning-container-build-image: a Deep Learning Containers GPU image
(the region's DLC account from a mapping in an env-agnostic stack, pull access to its repository)."""

import aws_cdk as core
from aws_cdk import aws_codebuild as codebuild

app = core.App()
stack = core.Stack(app, "aws-deep-learning-container-build-image")
codebuild.Project(stack, "Project",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2",
                                                              "phases": {"build": {"commands": ["ls"]}}}),
                  environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxGpuBuildImage.DLC_MXNET_1_4_1))
app.synth()
