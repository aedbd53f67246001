"""Port of aws-cdk's integ.distribution-logbucket (logging to a given bucket)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3 as s3


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


app = cdk.App()
stack = cdk.Stack(app, "integ-distribution-logbucket")
log_bucket = s3.Bucket(stack, "LogBucket", object_ownership=s3.ObjectOwnership.OBJECT_WRITER)
cloudfront.Distribution(
    stack, "MyDist",
    default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin("www.example.com", origin_shield_region="us-west-2")),
    log_bucket=log_bucket,
)
app.synth()
