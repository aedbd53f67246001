"""Port of aws-cdk's integ.key-value-store-frominline (a store seeded from inline JSON, as ``JSON.stringify``
writes it)."""

import json

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "integ-key-value-store")
cloudfront.KeyValueStore(
    stack, "TestKeyValueStore",
    comment="A test Key Value Store for CloudFront",
    source=cloudfront.ImportSource.from_inline(json.dumps(
        {"data": [{"key": "key1", "value": "value1"}, {"key": "key2", "value": "value2"}]}, separators=(",", ":")
    )),
)
app.synth()
