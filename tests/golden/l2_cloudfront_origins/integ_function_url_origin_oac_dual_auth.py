"""Port of aws-cdk's integ.function-url-origin-oac-dual-auth: the two invoke permissions (function URL and
function, invoked via the URL) an origin access control adds."""

from aws_cdk import App, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cloudfront_origins import FunctionUrlOrigin

app = App()
stack = Stack(app, "CloudFrontFunctionUrlOACDualAuthStack")
fn = lambda_.Function(
    stack, "Fn",
    code=lambda_.Code.from_inline('exports.handler = async () => ({ statusCode: 200, body: "ok" })'),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
fn_url = fn.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
cloudfront.Distribution(
    stack, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=FunctionUrlOrigin.with_origin_access_control(fn_url))
)
app.synth()
