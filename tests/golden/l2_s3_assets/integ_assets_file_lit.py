"""Port of aws-cdk's integ.assets.file.lit.ts (a stand-in file-asset.txt, see _files.py)."""

import aws_cdk as cdk
from _files import FILE_ASSET
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-asset-file-test")
asset = assets.Asset(stack, "SampleAsset", path=FILE_ASSET)
user = iam.User(stack, "MyUser")
asset.grant_read(user)
app.synth()
