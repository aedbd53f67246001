"""LayerVersion from a bucket with runtimes/architectures/license, imported layers, add_layers, layer permission."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "Layers")
bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "layers-bucket")
layer = lambda_.LayerVersion(
    stack,
    "Layer",
    code=lambda_.Code.from_bucket(bucket, "layer.zip", "1"),
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13],
    compatible_architectures=[lambda_.Architecture.ARM_64],
    description="shared deps",
    license="MIT",
    layer_version_name="deps",
)
layer.add_permission("Everyone", account_id="*", organization_id="o-abcdefghij")
imported = lambda_.LayerVersion.from_layer_version_arn(stack, "Imported",
                                                       "arn:aws:lambda:us-east-1:123456789012:layer:ext:3")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"), layers=[layer])
fn.add_layers(imported)
lambda_.LayerVersion(stack, "Plain", code=lambda_.Code.from_bucket(bucket, "plain.zip", "2"),
                     removal_policy=cdk.RemovalPolicy.RETAIN)
app.synth()
