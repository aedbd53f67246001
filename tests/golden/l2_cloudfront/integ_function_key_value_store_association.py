"""Port of aws-cdk's integ.function-key-value-store-association (a function associated with a key value store).
Adapted: 2.275's ``Function`` takes one ``key_value_store`` (the test's ``keyValueStores`` list is newer), so the
function is associated with the first store and the second store stands alone. The repository's
``test-import-source.json`` is a stand-in written to a temporary directory."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

work = tempfile.mkdtemp()
with open(os.path.join(work, "test-import-source.json"), "w", newline="") as f:
    f.write('{"data":[{"key":"key1","value":"value1"},{"key":"key2","value":"value2"}]}\n')

app = cdk.App()
stack = cdk.Stack(app, "integ-function-key-value-store-assocation")
store = cloudfront.KeyValueStore(
    stack, "TestKeyValueStore",
    comment="A test Key Value Store for CloudFront",
    source=cloudfront.ImportSource.from_asset(os.path.join(work, "test-import-source.json")),
)
cloudfront.KeyValueStore(stack, "TestKeyValueStore2")
cloudfront.Function(stack, "TestFunction", code=cloudfront.FunctionCode.from_inline("code"), key_value_store=store)
app.synth()
