"""A file asset in a stack with an explicit environment: literal bucket, region in the destination."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_s3_assets as s3_assets

work = tempfile.mkdtemp()
with open(os.path.join(work, "config.json"), "w", newline="") as f:
    f.write('{"a": 1}\n')

app = cdk.App()
stack = cdk.Stack(app, "EnvAssets", env=cdk.Environment(account="111111111111", region="eu-west-1"))
asset = s3_assets.Asset(stack, "Config", path=os.path.join(work, "config.json"))
cdk.CfnOutput(stack, "Url", value=asset.s3_object_url)
cdk.CfnOutput(stack, "Bucket", value=asset.s3_bucket_name)
app.synth()
