"""Port of aws-ecr-assets integ.nested-stacks-docker: an image asset used in a nested stack."""

import os
import tempfile

from aws_cdk import App, CfnOutput, NestedStack, Stack
from aws_cdk import aws_ecr_assets as ecr_assets
from aws_cdk import aws_iam as iam
from constructs import Construct

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "demo-image"))
for name, text in {"Dockerfile": "FROM python:3.12-alpine\nCOPY index.py .\n", "index.py": "print('nested')\n"}.items():
    with open(os.path.join(work, "demo-image", name), "w", newline="") as f:
        f.write(text)


class TheNestedStack(NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        asset = ecr_assets.DockerImageAsset(self, "my-image", directory=os.path.join(work, "demo-image"))
        user = iam.User(self, "User")
        asset.repository.grant_pull(user)
        CfnOutput(self, "output", value=asset.image_uri)


class TheParentStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        TheNestedStack(self, "nested-stack-with-image")


app = App(context={"@aws-cdk/core:disableGitSource": True})
TheParentStack(app, "nested-stacks-docker")
app.synth()
