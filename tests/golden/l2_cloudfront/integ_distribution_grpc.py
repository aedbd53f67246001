"""Port of aws-cdk's integ.distribution-grpc (gRPC on the default behavior, two more behaviors)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-grpc")
origin = TestOrigin("www.example.com")
distribution = cloudfront.Distribution(
    stack, "TestDistribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origin, allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL, enable_grpc=True
    ),
)
distribution.add_behavior("/second", origin)
distribution.add_behavior("/third", origin)
app.synth()
