"""Port of aws-cdk's integ.function-url-origin-oac-custom: a function URL behind a named origin access control."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
custom_oac_stack = cdk.Stack(app, "integ-cloudfront-function-url-origin-custom-oac")

custom_oac_fn = lambda_.Function(
    custom_oac_stack, "MyFunction",
    code=lambda_.Code.from_inline("""
    exports.handler = async () => ({
      statusCode: 200,
      body: 'Hello!!'
    });
  """),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
custom_oac_fn_url = custom_oac_fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)

oac = cloudfront.FunctionUrlOriginAccessControl(
    custom_oac_stack, "CustomOAC", origin_access_control_name="CustomLambdaOAC", signing=cloudfront.Signing.SIGV4_ALWAYS
)

cloudfront.Distribution(
    custom_oac_stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.FunctionUrlOrigin.with_origin_access_control(custom_oac_fn_url, origin_access_control=oac)
    ),
)

app.synth()
