"""Port of aws-cdk's integ.function-url-origin: a Lambda function URL (auth NONE) as a distribution's origin."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-function-url-origin")

fn = lambda_.Function(
    stack, "MyFunction",
    code=lambda_.Code.from_inline("exports.handler = async () => {};"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
fn_url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)

cloudfront.Distribution(
    stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=origins.FunctionUrlOrigin(fn_url))
)

app.synth()
