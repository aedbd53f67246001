"""@aws-cdk/aws-lambda:useCdkManagedLogGroup (a recommended flag `cdk init` sets): each function gets a LogGroup."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": True})
stack = cdk.Stack(app, "ManagedLogGroup")
lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"),
)
lambda_.Function(
    stack, "Named", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", function_name="named-fn",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"),
)
app.synth()
