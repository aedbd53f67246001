"""Port of aws-cdk's aws-codebuild integ.breakpoint.ts: Session Manager permissions for build breakpoints."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-breakpoint")
codebuild.Project(
    stack,
    "Project",
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_6_0),
    ssm_session_permissions=True,
    build_spec=codebuild.BuildSpec.from_object(
        {"version": "0.2", "phases": {"build": {"commands": ["codebuild-breakpoint", 'echo "regular build here"']}}}
    ),
)
app.synth()
