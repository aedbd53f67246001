"""Port of aws-cdk's aws-codecommit integ.codecommit-code-asset-zip.ts (a stand-in asset-test.zip)."""

import aws_cdk as cdk
from _files import ASSET_ZIP
from aws_cdk import aws_codecommit as codecommit

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codecommit-repo-contents-zip-file")
codecommit.Repository(
    stack,
    "Repo",
    repository_name="aws-cdk-codecommit-repo-contents-zip-file",
    code=codecommit.Code.from_zip_file(ASSET_ZIP),
)
app.synth()
