"""Port of aws-cdk's integ.distribution-lambda-cross-region (two ``experimental.EdgeFunction``s of a eu-west-1 stack,
in the default and in a named us-east-1 support stack, with aliases, on a distribution). ``STANDARD_NODEJS_RUNTIME``
is ``NODEJS_20_X``."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
region = "eu-west-1"
stack = cdk.Stack(app, "integ-distribution-lambda-cross-region", env=cdk.Environment(region=region))

lambda_function = cloudfront.experimental.EdgeFunction(
    stack, "Lambda", code=lambda_.Code.from_inline("bar"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X
)
lambda_function2 = cloudfront.experimental.EdgeFunction(
    stack, "Lambda2",
    code=lambda_.Code.from_inline("bar"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
    stack_id=f"edge-lambda-stack-{region}-2",
)
lambda_function.add_alias("live")
lambda_function2.add_alias("live")

cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"),
        cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
        edge_lambdas=[
            cloudfront.EdgeLambda(
                function_version=lambda_function.current_version,
                event_type=cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
            ),
            cloudfront.EdgeLambda(
                function_version=lambda_function2.current_version,
                event_type=cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE,
            ),
        ],
    ),
)
app.synth()
