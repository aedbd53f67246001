"""Port of aws-cdk's aws-codebuild integ.project-linux-lambda-image.lit.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "codebuild-project-linux-lambda")
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
    environment=codebuild.BuildEnvironment(
        compute_type=codebuild.ComputeType.LAMBDA_1GB,
        build_image=codebuild.LinuxLambdaBuildImage.AMAZON_LINUX_2_NODE_18,
    ),
)
app.synth()
