"""Port of aws-cdk integ.function-hash.ts: a layered function, and an unattached layer from the same code."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "layer-code"))
with open(os.path.join(work, "layer-code", "layer.ts"), "w", newline="") as f:
    f.write("export const x = 1;\n")
with open(os.path.join(work, "layer-code", "layer.js"), "w", newline="") as f:
    f.write("exports.x = 1;\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-function-hash")
layer = lambda_.LayerVersion(stack, "MyLayer", code=lambda_.Code.from_asset(os.path.join(work, "layer-code"),
                                                                            exclude=["*.ts"]),
                             compatible_runtimes=[lambda_.Runtime.NODEJS_20_X])
lambda_.Function(stack, "MyFunction", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_20_X, layers=[layer])
lambda_.LayerVersion(stack, "UnattachedLayer", code=lambda_.Code.from_asset(os.path.join(work, "layer-code"),
                                                                            exclude=["*.ts"]),
                     compatible_runtimes=[lambda_.Runtime.NODEJS_20_X])
app.synth()
