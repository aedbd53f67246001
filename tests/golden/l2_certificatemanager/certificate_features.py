"""Certificates: email validation (apex domains from the public suffix list, explicit validation domains), SANs
with a wildcard (deduplicated under DNS validation), multi-zone DNS validation, transparency logging, export,
imports and the days-to-expiry metric in an alarm."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "CertificateFeatures")

email = acm.Certificate(
    stack, "Email", domain_name="www.example.co.uk",
    subject_alternative_names=["api.example.com", "foo.bar.example.org"],
    validation=acm.CertificateValidation.from_email({"foo.bar.example.org": "bar.example.org"}),
    transparency_logging_enabled=False,
)
acm.Certificate(stack, "Default", domain_name="shop.example.com.au", transparency_logging_enabled=True,
                allow_export=True)
zone_a = route53.PublicHostedZone(stack, "ZoneA", zone_name="example.com")
zone_b = route53.HostedZone.from_hosted_zone_attributes(stack, "ZoneB", hosted_zone_id="ZB123",
                                                        zone_name="example.net")
acm.Certificate(
    stack, "MultiZone", domain_name="example.com",
    subject_alternative_names=["*.example.com", "example.net", "*.example.net", "www.example.com"],
    validation=acm.CertificateValidation.from_dns_multi_zone({
        "example.com": zone_a, "*.example.com": zone_a, "www.example.com": zone_a, "example.net": zone_b,
    }),
    key_algorithm=acm.KeyAlgorithm("EC_secp521r1"),
)
acm.Certificate(stack, "DnsNoZone", domain_name="manual.example.com", validation=acm.CertificateValidation.from_dns())

imported = acm.Certificate.from_certificate_arn(
    stack, "Imported", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
)
for name, cert in (("Email", email), ("Imported", imported)):
    metric = cert.metric_days_to_expiry(period=cdk.Duration.hours(12), label=name)
    cloudwatch.Alarm(stack, f"{name}Expiry", metric=metric, threshold=30, evaluation_periods=1,
                     comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
                     treat_missing_data=cloudwatch.TreatMissingData.BREACHING)
app.synth()
