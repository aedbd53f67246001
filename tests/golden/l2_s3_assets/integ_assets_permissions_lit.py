"""Port of aws-cdk's integ.assets.permissions.lit.ts (a stand-in file-asset.txt, see _files.py)."""

import aws_cdk as cdk
from _files import FILE_ASSET
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-asset-refs")
asset = assets.Asset(stack, "MyFile", path=FILE_ASSET)
group = iam.Group(stack, "MyUserGroup")
asset.grant_read(group)
app.synth()
