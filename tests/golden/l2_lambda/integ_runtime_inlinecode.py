"""Port of aws-cdk integ.runtime.inlinecode.ts: inline code on every runtime that supports it."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-runtime-inlinecode")
PY = 'def handler(event, context):\n  return "success"'
NODE = 'exports.handler = async function(event) { return "success" }'
for name, code in (("PYTHON_3_8", PY), ("PYTHON_3_9", PY), ("PYTHON_3_10", PY), ("PYTHON_3_12", PY),
                   ("PYTHON_3_13", PY), ("NODEJS_18_X", NODE), ("NODEJS_20_X", NODE), ("NODEJS_22_X", NODE)):
    fn = lambda_.Function(stack, name, code=lambda_.InlineCode(code), handler="index.handler",
                          runtime=getattr(lambda_.Runtime, name))
    cdk.CfnOutput(stack, f"{name}-functionName", value=fn.function_name)
app.synth()
