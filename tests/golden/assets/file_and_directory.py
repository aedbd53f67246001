"""A file asset and a directory asset (CRLF file, nested folder, excluded file): hashes, staging, manifest."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_s3_assets as s3_assets

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "handler", "lib"))
with open(os.path.join(work, "data.txt"), "w", newline="") as f:
    f.write("hello world\n")
with open(os.path.join(work, "handler", "index.py"), "w", newline="") as f:
    f.write("def handler(event, context):\r\n    return 'hi'\r\n")
with open(os.path.join(work, "handler", "lib", "util.py"), "w", newline="") as f:
    f.write("X = 1\n")
with open(os.path.join(work, "handler", "notes.md"), "w", newline="") as f:
    f.write("excluded\n")

app = cdk.App()
stack = cdk.Stack(app, "Assets")
file_asset = s3_assets.Asset(stack, "FileAsset", path=os.path.join(work, "data.txt"))
dir_asset = s3_assets.Asset(stack, "DirAsset", path=os.path.join(work, "handler"), exclude=["*.md"])
custom = s3_assets.Asset(stack, "Custom", path=os.path.join(work, "data.txt"), asset_hash="my-custom-hash")
cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Bucket": file_asset.s3_bucket_name,
        "Key": file_asset.s3_object_key,
        "Url": file_asset.s3_object_url,
        "HttpUrl": file_asset.http_url,
        "Hash": file_asset.asset_hash,
        "DirKey": dir_asset.s3_object_key,
        "DirIsZip": dir_asset.is_zip_archive,
        "CustomKey": custom.s3_object_key,
    },
)
app.synth()
