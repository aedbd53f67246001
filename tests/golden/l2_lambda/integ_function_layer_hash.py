"""Port of aws-cdk integ.function-layer-hash.ts: two functions with their own layers and current versions."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

LAMBDA_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "layer-code"))
with open(os.path.join(work, "layer-code", "layer.ts"), "w", newline="") as f:
    f.write("export const x = 1;\n")
with open(os.path.join(work, "layer-code", "layer.js"), "w", newline="") as f:
    f.write("exports.x = 1;\n")
CODE = "exports.handler = async () => { return { statusCode: 200 }; }"


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        layer1 = lambda_.LayerVersion(self, "Layer1", code=lambda_.Code.from_asset(
            os.path.join(work, "layer-code"), exclude=["*.ts"]), compatible_runtimes=[lambda_.Runtime.NODEJS_20_X],
            description="Layer 1 for function A")
        layer2 = lambda_.LayerVersion(self, "Layer2", code=lambda_.Code.from_asset(
            os.path.join(work, "layer-code"), exclude=["*.ts"]), compatible_runtimes=[lambda_.Runtime.NODEJS_20_X],
            description="Layer 2 for function B")
        function_a = lambda_.Function(self, "FunctionA", runtime=lambda_.Runtime.NODEJS_20_X,
                                      handler="index.handler", code=lambda_.Code.from_inline(CODE), layers=[layer1])
        function_b = lambda_.Function(self, "FunctionB", runtime=lambda_.Runtime.NODEJS_20_X,
                                      handler="index.handler", code=lambda_.Code.from_inline(CODE), layers=[layer2])
        _ = function_a.current_version
        _ = function_b.current_version
        cdk.Aspects.of(self).add(lambda_.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "aws-lambda-function-layer-hash")
app.synth()
