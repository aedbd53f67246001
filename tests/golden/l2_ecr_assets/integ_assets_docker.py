"""Port of aws-ecr-assets integ.assets-docker: six images (platform, outputs, build secret, inline cache) and pulls.

The build context is written by this app (its own content; the hash is the same on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
for folder, files in {
    "demo-image": {"Dockerfile": "FROM python:3.12-alpine\nCOPY index.py .\nCMD [\"python\", \"index.py\"]\n",
                   "index.py": "print('hello from the demo image')\n"},
    "demo-image-secret": {
        "Dockerfile": "FROM python:3.12-alpine\nRUN --mount=type=secret,id=mysecret cat /run/secrets/mysecret\n",
        "index.py": "print('a secret build')\n",
    },
}.items():
    os.makedirs(os.path.join(work, folder))
    for name, text in files.items():
        with open(os.path.join(work, folder, name), "w", newline="") as f:
            f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "integ-assets-docker")

asset = assets.DockerImageAsset(stack, "DockerImage", directory=os.path.join(work, "demo-image"))
asset2 = assets.DockerImageAsset(stack, "DockerImage2", directory=os.path.join(work, "demo-image"))
asset3 = assets.DockerImageAsset(
    stack, "DockerImage3", directory=os.path.join(work, "demo-image"), platform=assets.Platform.LINUX_ARM64
)
asset4 = assets.DockerImageAsset(stack, "DockerImage4", directory=os.path.join(work, "demo-image"), outputs=["type=docker"])
asset5 = assets.DockerImageAsset(
    stack, "DockerImage5", directory=os.path.join(work, "demo-image-secret"),
    build_secrets={"mysecret": cdk.DockerBuildSecret.from_src("index.py")},
)
asset6 = assets.DockerImageAsset(
    stack, "DockerImage6", directory=os.path.join(work, "demo-image"), cache_to=assets.DockerCacheOption(type="inline")
)

user = iam.User(stack, "MyUser")
for a in (asset, asset2, asset3, asset4, asset5, asset6):
    a.repository.grant_pull(user)

cdk.CfnOutput(stack, "ImageUri", value=asset.image_uri)
cdk.CfnOutput(stack, "ImageUri2", value=asset2.image_uri)
cdk.CfnOutput(stack, "ImageUri3", value=asset3.image_uri)
cdk.CfnOutput(stack, "ImageUri4", value=asset4.image_uri)
cdk.CfnOutput(stack, "ImageUri5", value=asset5.image_uri)
cdk.CfnOutput(stack, "ImageUri6", value=asset6.image_uri)
app.synth()
