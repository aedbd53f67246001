"""Port of aws-cdk's integ.key-value-store (a store seeded from a local JSON file). The repository's
``test-import-source.json`` is not in the searchable sources: a stand-in with the same name is written to a
temporary directory (both libraries hash the same bytes)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

work = tempfile.mkdtemp()
with open(os.path.join(work, "test-import-source.json"), "w", newline="") as f:
    f.write('{"data":[{"key":"key1","value":"value1"},{"key":"key2","value":"value2"}]}\n')

app = cdk.App()
stack = cdk.Stack(app, "integ-key-value-store")
cloudfront.KeyValueStore(
    stack, "TestKeyValueStore",
    comment="A test Key Value Store for CloudFront",
    source=cloudfront.ImportSource.from_asset(os.path.join(work, "test-import-source.json")),
)
app.synth()
