"""Port of aws-cdk integ.assets.lit.ts: a Python function from a directory asset."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "my-lambda-handler"))
with open(os.path.join(work, "my-lambda-handler", "index.py"), "w", newline="") as f:
    f.write("def main(event, context):\n    return {'message': 'hello'}\n")


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        lambda_.Function(self, "MyLambda", code=lambda_.Code.from_asset(os.path.join(work, "my-lambda-handler")),
                         handler="index.main", runtime=lambda_.Runtime.PYTHON_3_9)


app = cdk.App()
TestStack(app, "lambda-test-assets")
app.synth()
