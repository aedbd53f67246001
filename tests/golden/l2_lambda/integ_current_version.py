"""Port of aws-cdk integ.current-version.ts: current_version options (RETAIN, retry attempts) and an alias."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

LAMBDA_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "layer-code"))
with open(os.path.join(work, "layer-code", "index.py"), "w", newline="") as f:
    f.write("def main(event, context):\n    return 'ok'\n")


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        handler = lambda_.Function(self, "MyLambda", code=lambda_.Code.from_asset(os.path.join(work, "layer-code")),
                                   handler="index.main", runtime=lambda_.Runtime.PYTHON_3_8,
                                   current_version_options=lambda_.VersionOptions(
                                       removal_policy=cdk.RemovalPolicy.RETAIN, retry_attempts=1))
        handler.current_version.add_alias("live")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = TestStack(app, "lambda-test-current-version")
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION))
app.synth()
