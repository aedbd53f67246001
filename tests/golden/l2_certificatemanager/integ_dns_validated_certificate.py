"""Port of aws-cdk's aws-certificatemanager integ.dns-validated-certificate.ts (the environment variables fixed
here): the deprecated ``DnsValidatedCertificate`` with a retain removal policy (pycdk's own handler code is
masked)."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "integ-dns-validated-certificate")
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(
    stack, "HostedZone", hosted_zone_id="Z23ABC4XYZL05B", zone_name="example.com"
)
cert = acm.DnsValidatedCertificate(stack, "Certificate", domain_name="test.example.com", hosted_zone=hosted_zone,
                                   validation=acm.CertificateValidation.from_dns(hosted_zone))
cert.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
cdk.CfnOutput(stack, "CertificateArn", value=(
    f"https://{stack.region}.console.aws.amazon.com/acm/home?region={stack.region}#/certificates/"
    f"{cdk.Fn.select(1, cdk.Fn.split('/', cert.certificate_arn))}"))
app.synth()
