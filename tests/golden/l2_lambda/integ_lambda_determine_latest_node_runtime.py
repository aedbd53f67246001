"""Port of aws-cdk integ.lambda.determineLatestNodeRuntime.ts: the latest Node.js runtime of the stack's region
(the module function ``determineLatestNodeRuntime`` is not in the Python API; ``Runtime.NODEJS_LATEST`` is what
calls it)."""

from aws_cdk import App, Stack
from aws_cdk.aws_lambda import Code, Function, Runtime

app = App()
stack = Stack(app, "aws-cdk-lambda-determine-latest-runtime")
Function(stack, "LatestNodeRuntime", code=Code.from_inline("""
    exports.handler = async () => {
      return {
        statusCode: 200,
        body: process.version
      };
    };
  """), handler="index.handler", runtime=Runtime.NODEJS_LATEST)
app.synth()
