"""Port of aws-cdk's aws-codebuild integ.project-standard-image.ts: one stack per standard image."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
for name, image in (
    ("Standard1", codebuild.LinuxBuildImage.STANDARD_1_0),
    ("Standard2", codebuild.LinuxBuildImage.STANDARD_2_0),
    ("Standard3", codebuild.LinuxBuildImage.STANDARD_3_0),
    ("Standard4", codebuild.LinuxBuildImage.STANDARD_4_0),
    ("Standard5", codebuild.LinuxBuildImage.STANDARD_5_0),
    ("Standard6", codebuild.LinuxBuildImage.STANDARD_6_0),
    ("Standard7", codebuild.LinuxBuildImage.STANDARD_7_0),
):
    stack = cdk.Stack(app, name)
    codebuild.Project(
        stack,
        "Project",
        build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
        environment=codebuild.BuildEnvironment(build_image=image),
    )
app.synth()
