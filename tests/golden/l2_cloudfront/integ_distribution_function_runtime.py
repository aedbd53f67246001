"""Port of aws-cdk's integ.distribution-function-runtime (JS 1.0 request and JS 2.0 response functions)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-function", env=cdk.Environment(region="eu-west-1"))
request_fn = cloudfront.Function(
    stack, "FunctionRequest",
    code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }"),
    runtime=cloudfront.FunctionRuntime.JS_1_0,
)
response_fn = cloudfront.Function(
    stack, "FunctionResponse",
    code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.response }"),
    runtime=cloudfront.FunctionRuntime.JS_2_0,
)
cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=TestOrigin("www.example.com"),
        cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
        function_associations=[
            cloudfront.FunctionAssociation(function=request_fn, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST),
            cloudfront.FunctionAssociation(function=response_fn, event_type=cloudfront.FunctionEventType.VIEWER_RESPONSE),
        ],
    ),
)
cdk.CfnOutput(stack, "RequestFunctionArn", value=request_fn.function_arn)
cdk.CfnOutput(stack, "RequestFunctionStage", value=request_fn.function_stage)
cdk.CfnOutput(stack, "ResponseFunctionArn", value=response_fn.function_arn)
cdk.CfnOutput(stack, "ResponseFunctionStage", value=response_fn.function_stage)
app.synth()
