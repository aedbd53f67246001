"""Port of aws-cdk integ.lambda.docker-arm64.ts: an arm64 image function (the asset is built for linux/arm64)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
handler_dir = os.path.join(work, "docker-arm64-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/lambda/nodejs:20-arm64\nCOPY index.js ${LAMBDA_TASK_ROOT}\nCMD [ \"index.handler\" ]\n")
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200 });\n")

app = cdk.App()
stack = cdk.Stack(app, "lambda-ecr-docker-arm64")
lambda_.DockerImageFunction(stack, "MyLambda", code=lambda_.DockerImageCode.from_image_asset(handler_dir),
                            architecture=lambda_.Architecture.ARM_64)
app.synth()
