"""Port of aws-cdk's integ.hosted-redirect.ts: a cross-region HttpsRedirect on a Distribution (flag on), with a
property override on the redirect bucket. The hosted zone comes from stand-in environment values."""

import os

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_patterns as route53_patterns

hosted_zone_id = os.environ.get("CDK_INTEG_HOSTED_ZONE_ID") or os.environ.get("HOSTED_ZONE_ID") or "Z23ABC4XYZL05B"
hosted_zone_name = (os.environ.get("CDK_INTEG_HOSTED_ZONE_NAME") or os.environ.get("HOSTED_ZONE_NAME")
                    or "example.com")

app = cdk.App(post_cli_context={"@aws-cdk/aws-route53-patterns:useDistribution": True})
test_case = cdk.Stack(app, "integ-https-redirect", cross_region_references=True,
                      env=cdk.Environment(account=os.environ.get("CDK_DEFAULT_ACCOUNT"), region="us-east-2"))
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(test_case, "HostedZone",
                                                                   hosted_zone_id=hosted_zone_id,
                                                                   zone_name=hosted_zone_name)
redirect = route53_patterns.HttpsRedirect(test_case, "redirect", zone=hosted_zone,
                                          record_names=[f"integ.{hosted_zone_name}"],
                                          target_domain="aws.amazon.com")
redirect_bucket = redirect.node.find_child("RedirectBucket").node.default_child
redirect_bucket.add_property_override("BucketEncryption", {
    "ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}],
})
app.synth()
