"""Port of aws-cdk's aws-codebuild integ.project-linux-arm-lambda-image.lit.ts (the startBuild assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "codebuild-project-linux-arm-lambda")
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["ls"]}}}),
    environment=codebuild.BuildEnvironment(
        compute_type=codebuild.ComputeType.LAMBDA_1GB,
        build_image=codebuild.LinuxArmLambdaBuildImage.AMAZON_LINUX_2_NODE_18,
    ),
)
app.synth()
