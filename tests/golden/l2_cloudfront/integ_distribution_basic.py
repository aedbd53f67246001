"""Port of aws-cdk's integ.distribution-basic (a distribution on a custom ``OriginBase`` subclass; grants).

The test's second distribution sets ``cacheTagConfig``, which aws-cdk-lib 2.275 does not have: left out."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_iam as iam


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-basic")

distribution = cloudfront.Distribution(
    stack, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin("www.example.com"))
)
role1 = iam.Role(stack, "Role1", assumed_by=iam.AccountRootPrincipal())
role2 = iam.Role(stack, "Role2", assumed_by=iam.AccountRootPrincipal())
distribution.grant_create_invalidation(role1)
distribution.grant(role2, "cloudfront:ListInvalidations", "cloudfront:ListDistributions")
app.synth()
