"""Port of aws-cdk's integ.cloudfront-cross-region-cert (a DNS-validated certificate in a us-east-1 stack used by a
distribution of a us-east-2 stack, through cross-region references). Adapted: the test reads its hosted zone id,
zone name and domain from environment variables; fixed stand-ins are used, and the account comes from the unset
``CDK_DEFAULT_ACCOUNT`` as in the original."""

import os

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_route53 as route53


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


account = os.environ.get("CDK_INTEG_ACCOUNT") or os.environ.get("CDK_DEFAULT_ACCOUNT")
hosted_zone_id = "Z23ABC4XYZL05B"
hosted_zone_name = "example.com"
domain_name = "cdn.example.com"

app = cdk.App(tree_metadata=False)
acm_stack = cdk.Stack(
    app, "integ-acm-stack", env=cdk.Environment(region="us-east-1", account=account), cross_region_references=True
)
cloud_front_stack = cdk.Stack(
    app, "integ-cloudfront-stack", env=cdk.Environment(region="us-east-2", account=account),
    cross_region_references=True,
)
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(
    acm_stack, "HostedZone", hosted_zone_id=hosted_zone_id, zone_name=hosted_zone_name
)
cert = acm.Certificate(
    acm_stack, "Cert", domain_name=domain_name, validation=acm.CertificateValidation.from_dns(hosted_zone)
)
cloudfront.Distribution(
    cloud_front_stack, "Distro",
    default_behavior=cloudfront.BehaviorOptions(origin=TestOrigin(domain_name)),
    certificate=cert,
    domain_names=[domain_name],
)
app.synth()
