"""Port of aws-cdk's aws-codecommit integ.codecommit-code-asset.ts (a stand-in asset-test directory)."""

import aws_cdk as cdk
from _files import ASSET_DIRECTORY
from aws_cdk import aws_codecommit as codecommit

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codecommit-repo-contents-assets")
codecommit.Repository(
    stack,
    "Repo",
    repository_name="aws-cdk-codecommit-repo-contents-assets",
    code=codecommit.Code.from_directory(ASSET_DIRECTORY),
)
app.synth()
