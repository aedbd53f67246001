"""Port of aws-cdk's integ.multi-assets.ts (a stand-in file-asset.txt, see _files.py)."""

import aws_cdk as cdk
from _files import FILE_ASSET
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-multi-assets")
iam.User(stack, "DummyResource")
assets.Asset(stack, "SampleAsset1", path=FILE_ASSET)
assets.Asset(stack, "SampleAsset2", path=FILE_ASSET)
app.synth()
