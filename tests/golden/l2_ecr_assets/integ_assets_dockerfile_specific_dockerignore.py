"""Port of aws-ecr-assets integ.assets-dockerfile-specific-dockerignore: a custom Dockerfile name next to a
``.dockerignore`` and a ``<Dockerfile>.dockerignore`` (the feature flag is newer than 2.275, which reads only
``.dockerignore``)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
context = os.path.join(work, "demo-dockerfile-specific-ignore")
os.makedirs(context)
for name, text in {
    "Dockerfile.Custom": "FROM alpine\nCOPY . /app\n",
    "Dockerfile.Custom.dockerignore": "ignored-by-custom.txt\n",
    ".dockerignore": "ignored-by-default.txt\n",
    "ignored-by-custom.txt": "custom\n",
    "ignored-by-default.txt": "default\n",
    "kept.txt": "kept\n",
}.items():
    with open(os.path.join(context, name), "w", newline="") as f:
        f.write(text)

app = cdk.App(post_cli_context={"@aws-cdk/aws-ecr-assets:dockerfileSpecificIgnoreFile": True})
stack = cdk.Stack(app, "integ-assets-dockerfile-specific-dockerignore")

asset = assets.DockerImageAsset(
    stack, "DockerImageWithDockerfileSpecificIgnore", directory=context, file="Dockerfile.Custom"
)

user = iam.User(stack, "MyUser")
asset.repository.grant_pull(user)

cdk.CfnOutput(stack, "ImageUri", value=asset.image_uri)
app.synth()
