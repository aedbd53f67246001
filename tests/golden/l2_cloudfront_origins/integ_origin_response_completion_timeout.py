"""Port of aws-cdk's integ.origin-response-completion-timeout: response completion timeouts on HTTP and function
URL origins, with and without read timeouts."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-response-completion-timeout")

http_origin = origins.HttpOrigin(
    "example.com", response_completion_timeout=cdk.Duration.seconds(120), read_timeout=cdk.Duration.seconds(60)
)
fn = lambda_.Function(
    stack, "Function",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline('exports.handler = async () => ({ statusCode: 200, body: "Hello from Lambda!" });'),
)
fn_url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
function_url_origin = origins.FunctionUrlOrigin(
    fn_url, response_completion_timeout=cdk.Duration.seconds(90), read_timeout=cdk.Duration.seconds(30)
)
http_origin_no_read_timeout = origins.HttpOrigin("api.example.com", response_completion_timeout=cdk.Duration.seconds(300))

cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=http_origin),
    additional_behaviors={
        "/api/*": cloudfront.BehaviorOptions(origin=function_url_origin),
        "/files/*": cloudfront.BehaviorOptions(origin=http_origin_no_read_timeout),
    },
)
app.synth()
