"""Port of aws-cdk's aws-codebuild integ.project-amazonlinux-2-5.lit.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "codebuild-default-project")
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {"version": "0.2", "phases": {"build": {"commands": ['echo "Hello, CodeBuild!"']}}}
    ),
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.AMAZON_LINUX_2_5),
)
app.synth()
