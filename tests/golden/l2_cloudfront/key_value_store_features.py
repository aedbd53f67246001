"""KeyValueStore: a named store seeded from an S3 object, an unnamed one from an asset (display name, hash
options), the ref and attributes, a function on an imported store, and an inline source shared by two stores of
one stack."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3 as s3

work = tempfile.mkdtemp()
with open(os.path.join(work, "seed.json"), "w", newline="") as f:
    f.write('{"data":[{"key":"a","value":"1"}]}')

app = cdk.App()
stack = cdk.Stack(app, "KeyValueStoreFeatures")
bucket = s3.Bucket(stack, "Seeds")
named = cloudfront.KeyValueStore(
    stack, "Named", key_value_store_name="my-store", comment="seeded from S3",
    source=cloudfront.ImportSource.from_bucket(bucket, "seeds/data.json"),
)
from_asset = cloudfront.KeyValueStore(
    stack, "FromAsset",
    source=cloudfront.ImportSource.from_asset(os.path.join(work, "seed.json"), display_name="kvs seed"),
)
inline = cloudfront.ImportSource.from_inline('{"data":[{"key":"b","value":"2"}]}')
first = cloudfront.KeyValueStore(stack, "InlineOne", source=inline)
second = cloudfront.KeyValueStore(stack, "InlineTwo", source=inline)

imported = cloudfront.KeyValueStore.from_key_value_store_arn(
    stack, "Imported", "arn:aws:cloudfront::123456789012:key-value-store/0f7a9b31-1234-5678-9abc-def012345678"
)
cloudfront.Function(
    stack, "Fn", code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request; }"),
    key_value_store=imported,
)
cloudfront.Function(
    stack, "FnNamed", code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request; }"),
    key_value_store=named, runtime=cloudfront.FunctionRuntime.JS_2_0,
)
cdk.CfnOutput(stack, "NamedArn", value=named.key_value_store_arn)
cdk.CfnOutput(stack, "NamedId", value=named.key_value_store_id)
cdk.CfnOutput(stack, "NamedStatus", value=named.key_value_store_status)
cdk.CfnOutput(stack, "RefName", value=from_asset.key_value_store_ref.key_value_store_name)
cdk.CfnOutput(stack, "RefArn", value=first.key_value_store_ref.key_value_store_arn)
cdk.CfnOutput(stack, "SecondId", value=second.key_value_store_id)
cdk.CfnOutput(stack, "ImportedId", value=imported.key_value_store_id)
app.synth()
