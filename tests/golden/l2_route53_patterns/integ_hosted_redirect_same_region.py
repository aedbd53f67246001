"""Port of aws-cdk's integ.hosted-redirect-same-region.ts: an HttpsRedirect in us-east-1 (default flags). The
hosted zone comes from stand-in environment values."""

import os

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_patterns as route53_patterns

hosted_zone_id = os.environ.get("CDK_INTEG_HOSTED_ZONE_ID") or os.environ.get("HOSTED_ZONE_ID") or "Z23ABC4XYZL05B"
hosted_zone_name = (os.environ.get("CDK_INTEG_HOSTED_ZONE_NAME") or os.environ.get("HOSTED_ZONE_NAME")
                    or "example.com")

app = cdk.App()
test_case = cdk.Stack(app, "integ-https-redirect-same-region", env=cdk.Environment(region="us-east-1"))
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(test_case, "HostedZone",
                                                                   hosted_zone_id=hosted_zone_id,
                                                                   zone_name=hosted_zone_name)
route53_patterns.HttpsRedirect(test_case, "redirect", zone=hosted_zone,
                               record_names=[f"integ-same-region.{hosted_zone_name}"],
                               target_domain="aws.amazon.com")
app.synth()
