"""Port of aws-cdk's integ.distribution-function-default-runtime (the defaultFunctionRuntimeV2_0 flag picks JS 2.0;
the test's API-call assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App(post_cli_context={"@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0": True})
stack = cdk.Stack(app, "integ-distribution-function-runtime")
cf_function = cloudfront.Function(
    stack, "Function", code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }")
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"),
        cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
        function_associations=[
            cloudfront.FunctionAssociation(function=cf_function, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST)
        ],
    ),
)
app.synth()
