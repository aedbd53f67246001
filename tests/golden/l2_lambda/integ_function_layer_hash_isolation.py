"""Port of aws-cdk integ.function-layer-hash-isolation.ts: with recognizeLayerVersion on, a layer of one function
does not change the version hash of another."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

LAMBDA_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "layer-code"))
with open(os.path.join(work, "layer-code", "layer.js"), "w", newline="") as f:
    f.write("exports.x = 1;\n")

app = cdk.App(context={LAMBDA_RECOGNIZE_LAYER_VERSION: True, "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "lambda-layer-hash-isolation")
layer = lambda_.LayerVersion(stack, "MyLayer", code=lambda_.Code.from_asset(os.path.join(work, "layer-code")),
                             compatible_runtimes=[lambda_.Runtime.NODEJS_20_X],
                             description="Test layer for hash isolation")
fn1 = lambda_.Function(stack, "Function1", code=lambda_.Code.from_inline(
    'exports.handler = async () => ({ statusCode: 200, body: "Function 1" });'), handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X, description="Function without layers")
fn1_version = fn1.current_version
fn2 = lambda_.Function(stack, "Function2", code=lambda_.Code.from_inline(
    'exports.handler = async () => ({ statusCode: 200, body: "Function 2" });'), handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X, layers=[layer], description="Function with layer")
fn2_version = fn2.current_version
cdk.CfnOutput(stack, "Function1VersionArn", value=fn1_version.function_arn,
              description="Version ARN of Function 1 (no layers)")
cdk.CfnOutput(stack, "Function2VersionArn", value=fn2_version.function_arn,
              description="Version ARN of Function 2 (with layer)")
app.synth()
