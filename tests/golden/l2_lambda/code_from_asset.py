"""Code.from_asset with a directory: a file asset in the bootstrap bucket, and a layer from a zip-able directory."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "handler"))
with open(os.path.join(work, "handler", "index.py"), "w", newline="") as f:
    f.write("def handler(event, context):\n    return {'ok': True}\n")
os.makedirs(os.path.join(work, "layer", "python"))
with open(os.path.join(work, "layer", "python", "util.py"), "w", newline="") as f:
    f.write("VALUE = 1\n")

app = cdk.App()
stack = cdk.Stack(app, "CodeFromAsset")
lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_asset(os.path.join(work, "handler")))
lambda_.LayerVersion(stack, "Layer", code=lambda_.Code.from_asset(os.path.join(work, "layer")),
                     compatible_runtimes=[lambda_.Runtime.PYTHON_3_12])
app.synth()
