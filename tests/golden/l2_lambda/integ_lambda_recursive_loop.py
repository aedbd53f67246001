"""Port of aws-cdk integ.lambda-recursive-loop.ts: RecursiveLoop TERMINATE, ALLOW and the default."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "stack")
lambda_.Function(stack, "LambdaWithRecursionLoopProtection", runtime=lambda_.Runtime.PYTHON_3_9,
                 handler="index.handler", code=lambda_.InlineCode("foo"),
                 recursive_loop=lambda_.RecursiveLoop.TERMINATE)
lambda_.Function(stack, "LambdaWithoutRecursionLoopProtection", runtime=lambda_.Runtime.PYTHON_3_9,
                 handler="index.handler", code=lambda_.InlineCode("foo"), recursive_loop=lambda_.RecursiveLoop.ALLOW)
lambda_.Function(stack, "LambdaWithDefaultRecursionLoopProtection", runtime=lambda_.Runtime.PYTHON_3_9,
                 handler="index.handler", code=lambda_.InlineCode("foo"))
app.synth()
