"""@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021 on and off: a distribution with a certificate and no
``minimum_protocol_version`` gets TLSv1.2_2021 with the flag on, TLSv1.2_2019 with it off (the flag set on each
stack's node before its constructs are made)."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
for name, enabled in (("SecurityPolicyFlagOn", True), ("SecurityPolicyFlagOff", False)):
    stack = cdk.Stack(app, name, env=cdk.Environment(account="123456789012", region="us-east-1"))
    stack.node.set_context("@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021", enabled)
    certificate = acm.Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
    )
    cloudfront.Distribution(
        stack, "Dist",
        default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("www.example.com")),
        domain_names=["www.example.com"],
        certificate=certificate,
    )
app.synth()
