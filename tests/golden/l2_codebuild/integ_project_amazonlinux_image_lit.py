"""Port of aws-cdk's aws-codebuild integ.project-amazonlinux-image.lit.ts: Amazon Linux 2 5.0 and 2023 6.0 images."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
for name, image in (
    ("codebuild-project-amazonlinux-2-5", codebuild.LinuxBuildImage.AMAZON_LINUX_2_5),
    ("codebuild-project-amazonlinux-2023-6", codebuild.LinuxBuildImage.AMAZON_LINUX_2023_6),
):
    stack = cdk.Stack(app, name)
    codebuild.Project(
        stack,
        "MyProject",
        build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
        environment=codebuild.BuildEnvironment(build_image=image),
    )
app.synth()
