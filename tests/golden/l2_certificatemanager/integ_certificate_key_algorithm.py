"""Port of aws-cdk's aws-certificatemanager integ.certificate-key-algorithm.ts (the hosted zone, zone name and
domain name the test reads from environment variables are fixed here)."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "integ-certificate-name")
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(
    stack, "HostedZone", hosted_zone_id="Z23ABC4XYZL05B", zone_name="example.com"
)
validation = acm.CertificateValidation.from_dns(hosted_zone)
acm.Certificate(stack, "EC_prime256v1", domain_name="test.example.com",
                key_algorithm=acm.KeyAlgorithm.EC_PRIME256_V1, validation=validation)
acm.Certificate(stack, "EC_secp384r1", domain_name="test.example.com",
                key_algorithm=acm.KeyAlgorithm.EC_SECP384_R1, validation=validation)
acm.Certificate(stack, "RSA_2048", domain_name="test.example.com",
                key_algorithm=acm.KeyAlgorithm.RSA_2048, validation=validation)
app.synth()
