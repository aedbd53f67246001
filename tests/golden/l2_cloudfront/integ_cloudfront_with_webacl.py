"""Port of aws-cdk's integ.cloudfront-with-webacl (a WAFv2 web ACL attached after construction)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk.aws_wafv2 import CfnWebACL


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront-with-webacl", env=cdk.Environment(region="us-east-1"))
web_acl = CfnWebACL(
    stack, "WebAcl",
    default_action=CfnWebACL.DefaultActionProperty(allow=CfnWebACL.AllowActionProperty()),
    scope="CLOUDFRONT",
    visibility_config=CfnWebACL.VisibilityConfigProperty(
        cloud_watch_metrics_enabled=False, metric_name="webAclMetric", sampled_requests_enabled=False
    ),
)
distribution = cloudfront.Distribution(
    stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin("www.example.com"))
)
distribution.attach_web_acl_id(web_acl.attr_arn)
app.synth()
