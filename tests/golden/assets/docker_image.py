"""A Docker image asset: build-context hash (build args, target, .dockerignore), staging and the manifest."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as ecr_assets

work = tempfile.mkdtemp()
context = os.path.join(work, "image")
os.makedirs(os.path.join(context, "src"))
for name, text in {
    "Dockerfile": "FROM public.ecr.aws/lambda/python:3.12\nCOPY src/ ${LAMBDA_TASK_ROOT}\n",
    "src/app.py": "def handler(event, context):\n    return 1\n",
    "notes.txt": "left out by .dockerignore\n",
    ".dockerignore": "*.txt\n",
}.items():
    with open(os.path.join(context, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "Images")
plain = ecr_assets.DockerImageAsset(stack, "Plain", directory=context)
tuned = ecr_assets.DockerImageAsset(
    stack, "Tuned", directory=context, build_args={"MODE": "prod"}, target="runtime",
    platform=ecr_assets.Platform.LINUX_ARM64,
)
cdk.CfnOutput(stack, "PlainUri", value=plain.image_uri)
cdk.CfnOutput(stack, "TunedUri", value=tuned.image_uri)
cdk.CfnOutput(stack, "TunedTag", value=tuned.image_tag)
app.synth()
