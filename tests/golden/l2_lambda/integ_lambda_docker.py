"""Port of aws-cdk integ.lambda.docker.ts: DockerImageFunction from a local image asset (no Docker needed)."""

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


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.fn = lambda_.DockerImageFunction(self, "MyLambda",
                                              code=lambda_.DockerImageCode.from_image_asset(handler_dir))


app = cdk.App()
TestStack(app, "lambda-ecr-docker")
app.synth()
