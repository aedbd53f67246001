"""Port of aws-cdk's integ.cloudfront-distribution-certificate-validation (a minimum protocol version without a
certificate, which warns, and with one; one legacy ``S3Origin`` shared by both distributions)."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-distribution-certificate-validation")
bucket = s3.Bucket(stack, "Bucket")
origin = origins.S3Origin(bucket)
cloudfront.Distribution(
    stack, "DistributionWithoutCert",
    default_behavior=cloudfront.BehaviorOptions(origin=origin),
    minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
)
certificate = acm.Certificate.from_certificate_arn(
    stack, "Certificate", "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"
)
cloudfront.Distribution(
    stack, "DistributionWithCert",
    default_behavior=cloudfront.BehaviorOptions(origin=origin),
    domain_names=["example.com"],
    certificate=certificate,
    minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    ssl_support_method=cloudfront.SSLMethod.SNI,
)
app.synth()
