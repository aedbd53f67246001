"""Port of aws-cdk's integ.distribution-function-autopublish (``auto_publish=False``)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-function", env=cdk.Environment(region="eu-west-1"))
cloudfront.Function(
    stack, "function",
    code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }"),
    auto_publish=False,
)
app.synth()
