"""Port of aws-cdk's integ.function-url-origin-oac-alias: an alias's function URL (with provisioned concurrency)
behind an origin access control."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-function-url-origin-oac")

fn = lambda_.Function(
    stack, "MyFunction",
    code=lambda_.Code.from_inline("""
    exports.handler = async () => ({
      statusCode: 200,
      body: 'Hello!!'
    });
  """),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
alias = fn.add_alias("Live", provisioned_concurrent_executions=5)
alias_url = alias.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
cloudfront.Distribution(
    stack, "AliasDistribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.FunctionUrlOrigin.with_origin_access_control(alias_url)),
)
app.synth()
