"""Function defaults: ServiceRole with AWSLambdaBasicExecutionRole, DependsOn the role, inline code."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "FunctionDefaults")
lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"))
app.synth()
