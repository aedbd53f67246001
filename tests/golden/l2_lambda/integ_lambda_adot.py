"""Port of aws-cdk integ.lambda-adot.ts: ADOT layers of every kind for ARM and x86 functions in region-agnostic
stacks (the layer ARN comes from a region mapping)."""

import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk.aws_lambda import (
    AdotLambdaExecWrapper,
    AdotLambdaLayerGenericVersion,
    AdotLambdaLayerJavaAutoInstrumentationVersion,
    AdotLambdaLayerJavaScriptSdkVersion,
    AdotLambdaLayerJavaSdkVersion,
    AdotLambdaLayerPythonSdkVersion,
    AdotLayerVersion,
    Architecture,
    Code,
    Function,
    Runtime,
)
from constructs import Construct

HANDLER = """function handler(event, _context, callback) {
    console.log(JSON.stringify(event, undefined, 2));
    return callback();
}"""

app = cdk.App()


class StackUnderTest(Stack):
    def __init__(self, scope: Construct, id: str, *, architecture: Architecture) -> None:
        super().__init__(scope, id)
        Function(self, "MyFunc1", runtime=Runtime.NODEJS_20_X, handler="index.handler",
                 code=Code.from_inline(f"exports.handler = {HANDLER}"), architecture=architecture,
                 adot_instrumentation={
                     "layer_version": AdotLayerVersion.from_java_script_sdk_layer_version(
                         AdotLambdaLayerJavaScriptSdkVersion.V1_18_1),
                     "exec_wrapper": AdotLambdaExecWrapper.REGULAR_HANDLER})
        python = dict(runtime=Runtime.PYTHON_3_9, handler="index.handler",
                      code=Code.from_inline("def handler(event, context): pass"))
        Function(self, "MyFunc2", **python, adot_instrumentation={
            "layer_version": AdotLayerVersion.from_python_sdk_layer_version(AdotLambdaLayerPythonSdkVersion.V1_21_0),
            "exec_wrapper": AdotLambdaExecWrapper.INSTRUMENT_HANDLER})
        Function(self, "MyFunc3", **python, adot_instrumentation={
            "layer_version": AdotLayerVersion.from_java_sdk_layer_version(AdotLambdaLayerJavaSdkVersion.V1_32_0),
            "exec_wrapper": AdotLambdaExecWrapper.INSTRUMENT_HANDLER})
        Function(self, "MyFunc4", **python, adot_instrumentation={
            "layer_version": AdotLayerVersion.from_java_auto_instrumentation_layer_version(
                AdotLambdaLayerJavaAutoInstrumentationVersion.V1_32_0),
            "exec_wrapper": AdotLambdaExecWrapper.INSTRUMENT_HANDLER})
        Function(self, "MyFunc5", **python, adot_instrumentation={
            "layer_version": AdotLayerVersion.from_generic_layer_version(AdotLambdaLayerGenericVersion.V0_90_1),
            "exec_wrapper": AdotLambdaExecWrapper.INSTRUMENT_HANDLER})


StackUnderTest(app, "Stack1", architecture=Architecture.ARM_64)
StackUnderTest(app, "Stack2", architecture=Architecture.X86_64)
app.synth()
