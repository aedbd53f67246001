"""Port of aws-cdk's aws-certificatemanager integ.apex-domain-validation.ts: DNS validation in a new zone."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "AcmApexDomainStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
zone = route53.HostedZone(stack, "Zone", zone_name="example.com")
acm.Certificate(stack, "Cert", domain_name="test.tostring.example.com",
                validation=acm.CertificateValidation.from_dns(zone))
app.synth()
