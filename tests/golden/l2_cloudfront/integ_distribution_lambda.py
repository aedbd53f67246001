"""Port of aws-cdk's integ.distribution-lambda (a Lambda@Edge origin-request function; STANDARD_NODEJS_RUNTIME is
NODEJS_18_X)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "integ-distribution-lambda")
edge_function = lambda_.Function(
    stack, "Lambda", code=lambda_.Code.from_inline("foo"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_18_X
)
cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"),
        cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
        edge_lambdas=[cloudfront.EdgeLambda(
            function_version=edge_function.current_version, event_type=cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST
        )],
    ),
)
app.synth()
