"""Port of aws-cdk's integ.distribution-function (a JS 2.0 CloudFront Function on the default behavior)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-function", env=cdk.Environment(region="eu-west-1"))
cf_function = cloudfront.Function(
    stack, "Function",
    code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }"),
    runtime=cloudfront.FunctionRuntime.JS_2_0,
)
cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"),
        cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
        function_associations=[
            cloudfront.FunctionAssociation(function=cf_function, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST)
        ],
    ),
)
cdk.CfnOutput(stack, "FunctionArn", value=cf_function.function_arn)
cdk.CfnOutput(stack, "FunctionStage", value=cf_function.function_stage)
app.synth()
