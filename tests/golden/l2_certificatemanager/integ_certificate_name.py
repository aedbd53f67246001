"""Port of aws-cdk's aws-certificatemanager integ.certificate-name.ts (the environment variables fixed here)."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "integ-certificate-name")
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(
    stack, "HostedZone", hosted_zone_id="Z23ABC4XYZL05B", zone_name="example.com"
)
acm.Certificate(stack, "Certificate", domain_name="test.example.com", certificate_name="This is a test name",
                validation=acm.CertificateValidation.from_dns(hosted_zone))
app.synth()
