"""Port of aws-ecr-assets integ.assets-docker-build-context: an image with a named extra build context.

The context is given relative to the image directory (the original's absolute path would put this run's temporary
folder into the asset hash).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
for rel, text in {
    "demo-image-build-context/image/Dockerfile": "FROM alpine\nCOPY --from=mycontext data.txt /data.txt\n",
    "demo-image-build-context/context/data.txt": "data from the extra context\n",
}.items():
    path = os.path.join(work, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "integ-assets-docker-build-context")

asset = assets.DockerImageAsset(
    stack, "DockerImageWithBuildContext",
    directory=os.path.join(work, "demo-image-build-context", "image"),
    build_contexts={"mycontext": "../context"},
)

user = iam.User(stack, "MyUser")
asset.repository.grant_pull(user)

cdk.CfnOutput(stack, "ImageUri", value=asset.image_uri)
app.synth()
