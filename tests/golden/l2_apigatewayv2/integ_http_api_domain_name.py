"""integ.api-domain-name (http): a dual-stack custom domain with a DNS-validated certificate (imported hosted
zone) as an HTTP API's default domain mapping.

Adapted: the original reads the hosted zone id/name and the domain name from environment variables — fixed values
here."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

hosted_zone_id = "Z0123456789ABCDEFGHIJ"
hosted_zone_name = "example.com"
domain_name = "api.example.com"

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-domain-name")
hosted_zone = route53.PublicHostedZone.from_hosted_zone_attributes(
    stack, "HostedZone", hosted_zone_id=hosted_zone_id, zone_name=hosted_zone_name)
certificate = acm.Certificate(
    stack, "Certificate", domain_name=domain_name, certificate_name="This is a test name",
    validation=acm.CertificateValidation.from_dns(hosted_zone))
domain = apigw.DomainName(
    stack, "DomainName", domain_name=domain_name, certificate=certificate,
    ip_address_type=apigw.IpAddressType.DUAL_STACK)
apigw.HttpApi(stack, "HttpApi", route_selection_expression=True,
              default_domain_mapping=apigw.DomainMappingOptions(domain_name=domain))
app.synth()
