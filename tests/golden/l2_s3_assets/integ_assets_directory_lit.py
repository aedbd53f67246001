"""Port of aws-cdk's integ.assets.directory.lit.ts (a stand-in sample-asset-directory, see _files.py)."""

import aws_cdk as cdk
from _files import SAMPLE_DIRECTORY
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-asset-test")
asset = assets.Asset(stack, "SampleAsset", path=SAMPLE_DIRECTORY)
user = iam.User(stack, "MyUser")
asset.grant_read(user)
app.synth()
