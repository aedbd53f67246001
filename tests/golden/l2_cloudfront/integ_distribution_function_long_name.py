"""Port of aws-cdk's integ.distribution-function-long-name (a generated name from a long construct path)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-function-with-long-name")
stack.node.set_context("@aws-cdk/aws-cloudfront:useStableGeneratedFunctionName", True)
cloudfront.Function(
    stack, "test-function-id-name-long",
    code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }"),
)
app.synth()
