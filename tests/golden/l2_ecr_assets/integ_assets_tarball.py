"""Port of aws-ecr-assets integ.assets-tarball: two images loaded from one tarball (``docker load`` executable)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "demo-tarball-hello-world"))
tarball = os.path.join(work, "demo-tarball-hello-world", "hello-world.tar")
with open(tarball, "wb") as f:
    f.write(b"not a real image, but a stable tarball for the hash\n" * 16)

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "integ-assets-tarball")

asset = assets.TarballImageAsset(stack, "DockerImage", tarball_file=tarball)
asset2 = assets.TarballImageAsset(stack, "DockerImage2", tarball_file=tarball)

user = iam.User(stack, "MyUser")
asset.repository.grant_pull(user)
asset2.repository.grant_pull(user)

cdk.CfnOutput(stack, "ImageUri", value=asset.image_uri)
cdk.CfnOutput(stack, "ImageUri2", value=asset2.image_uri)
app.synth()
