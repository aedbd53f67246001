"""Port of aws-cdk's integ.assets.refs.lit.ts (a stand-in sample-asset-directory, see _files.py)."""

import aws_cdk as cdk
from _files import SAMPLE_DIRECTORY
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-asset-refs")
asset = assets.Asset(stack, "SampleAsset", path=SAMPLE_DIRECTORY)
cdk.CfnOutput(stack, "S3BucketName", value=asset.s3_bucket_name)
cdk.CfnOutput(stack, "S3ObjectKey", value=asset.s3_object_key)
cdk.CfnOutput(stack, "S3HttpURL", value=asset.http_url)
cdk.CfnOutput(stack, "S3ObjectURL", value=asset.s3_object_url)
asset.grant_read(iam.User(stack, "MyUser"))
app.synth()
