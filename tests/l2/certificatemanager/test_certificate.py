"""``l2.certificatemanager``: validation errors (aws-cdk-lib 2.275's messages, checked with the oracle), apex
domains from the public suffix list, private certificates, interfaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import CfnParameter, Stack, SynthesisError, ValidationError
from l2 import certificatemanager as acm
from l2.certificatemanager._util import apex_domain


def test_domain_name_length(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Domain name must be 64 characters or less") as info:
        acm.Certificate(stack, "C", domain_name="a" * 65)
    assert "S/C" in str(info.value)


def test_token_domain_needs_validation_domains(stack: Stack) -> None:
    name = CfnParameter(stack, "P").value_as_string
    with pytest.raises(ValidationError, match="When using Tokens for domain names, 'validationDomains' needs"):
        acm.Certificate(stack, "C", domain_name=name)


@pytest.mark.parametrize(
    ("name", "apex"),
    [("www.example.co.uk", "example.co.uk"), ("a.b.example.com", "example.com"), ("example.com", "example.com"),
     ("x.s3.amazonaws.com", "x.s3.amazonaws.com")],
)
def test_apex_domain(name: str, apex: str) -> None:
    assert apex_domain(name) == apex


class _Ca:
    certificate_authority_arn = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/abc"


def test_private_certificate(stack: Stack, synth: Callable[..., Any]) -> None:
    cert = acm.PrivateCertificate(stack, "C", domain_name="internal.example.com", certificate_authority=_Ca(),
                                  key_algorithm=acm.KeyAlgorithm.EC_PRIME256_V1, allow_export=True)
    (resource,) = synth(stack)["Resources"].values()
    # CloudFormation's AWS::CertificateManager::Certificate properties for a private CA's certificate
    assert resource["Properties"] == {
        "CertificateAuthorityArn": _Ca.certificate_authority_arn,
        "CertificateExport": "ENABLED",
        "DomainName": "internal.example.com",
        "KeyAlgorithm": "EC_prime256v1",
    }
    assert isinstance(cert, acm.ICertificate)


def test_days_to_expiry_metric(stack: Stack) -> None:
    cert = acm.Certificate.from_certificate_arn(stack, "I", "arn:aws:acm:us-east-1:1:certificate/x")
    metric = cert.metric_days_to_expiry()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/CertificateManager", "DaysToExpiry", "Minimum")
    assert metric.period.to_days() == 1


def test_dns_validated_certificate_zone_must_be_authoritative() -> None:
    from constructs import App

    app = App()
    stack = Stack(app, "S")
    from l2 import route53

    zone = route53.PublicHostedZone.from_hosted_zone_attributes(stack, "Z", hosted_zone_id="Z1", zone_name="example.com")
    acm.DnsValidatedCertificate(stack, "C", domain_name="www.other.com", hosted_zone=zone)
    with pytest.raises(SynthesisError, match=r"\[S/C\] DNS zone example.com is not authoritative for certificate "
                                             "domain name www.other.com"):
        app.synth()
