"""Port of aws-cdk's aws-route53 integ.dnssec.ts: DNSSEC signing with a KMS key signing key."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_route53 as route53

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-route53-dnssec", env=cdk.Environment(region="us-east-1"))
kms_key = kms.Key(stack, "KmsKskBase", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
hosted_zone = route53.HostedZone(stack, "HostedZone", zone_name="cdk.test")
hosted_zone.enable_dnssec(kms_key=kms_key)
app.synth()
