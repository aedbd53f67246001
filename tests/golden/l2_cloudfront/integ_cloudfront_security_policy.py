"""Port of aws-cdk's integ.cloudfront-security-policy (a ``CloudFrontWebDistribution`` with an ACM certificate,
an alias and a TLSv1 security policy). Adapted: 2.275's Python API has no ``aliasConfiguration`` nor source-level
``originHeaders``; the equivalent ``ViewerCertificate.from_acm_certificate`` of the imported certificate (same
construct id) and the custom origin's ``origin_headers`` are used."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront-custom")
certificate = acm.Certificate.from_certificate_arn(
    stack, "AliasConfigurationCert", "arn:aws:acm:us-east-1:1111111:certificate/11-3336f1-44483d-adc7-9cd375c5169d"
)
cloudfront.CloudFrontWebDistribution(
    stack, "AnAmazingWebsiteProbably",
    origin_configs=[cloudfront.SourceConfiguration(
        custom_origin_source=cloudfront.CustomOriginConfig(
            domain_name="brelandm.a2z.com", origin_headers={"X-Custom-Header": "somevalue"}
        ),
        behaviors=[cloudfront.Behavior(is_default_behavior=True)],
    )],
    viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(
        certificate, aliases=["test.test.com"], ssl_method=cloudfront.SSLMethod.SNI,
        security_policy=cloudfront.SecurityPolicyProtocol.TLS_V1,
    ),
)
app.synth()
