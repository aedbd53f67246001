"""Port of aws-cdk integ.binary-payload.ts (the function; the invoke assertions are integ-runner only)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "IntegBinaryPayload")
lambda_.Function(stack, "fn", runtime=lambda_.Runtime.NODEJS_18_X, handler="index.handler",
                 code=lambda_.Code.from_inline("\n    exports.handler = async (event) => {\n      return event;\n"
                                               "    };\n  "))
app.synth()
