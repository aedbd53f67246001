"""Port of aws-cdk integ.layer-version.lit.ts: a layer from a directory asset, a permission, a layered function."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "layer-code"))
with open(os.path.join(work, "layer-code", "layer.ts"), "w", newline="") as f:
    f.write("export async function main(event: any, _context: any) {\n  return event;\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-layer-version-1")
aws_account_id = stack.account
layer = lambda_.LayerVersion(stack, "MyLayer", code=lambda_.Code.from_asset(os.path.join(work, "layer-code")),
                             compatible_runtimes=[lambda_.Runtime.NODEJS_14_X], license="Apache-2.0",
                             description="A layer to test the L2 construct")
layer.add_permission("remote-account-grant", account_id=aws_account_id)
lambda_.Function(stack, "MyLayeredLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_14_X, layers=[layer])
app.synth()
