"""Port of aws-cdk integ.lambda-snapstart-container-image.ts: SnapStart on an image function."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
handler_dir = os.path.join(work, "docker-lambda-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/lambda/nodejs:20\nCOPY index.js ${LAMBDA_TASK_ROOT}\nCMD [ \"index.handler\" ]\n")
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200 });\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-lambda-snapstart-container-image")
lambda_.DockerImageFunction(stack, "SnapStartContainerImageLambda",
                            code=lambda_.DockerImageCode.from_image_asset(handler_dir),
                            snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
app.synth()
