"""``patterns.route53_patterns``: validation errors (messages from aws-cdk-lib 2.275)."""

from __future__ import annotations

import pytest

from constructs import App, Environment, Stack, ValidationError
from l2 import certificatemanager, route53
from patterns.route53_patterns import HttpsRedirect


def _zone(stack: Stack) -> route53.IHostedZone:
    return route53.PublicHostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1",
                                                                zone_name="example.com")


def test_certificate_must_be_in_us_east_1(stack: Stack) -> None:
    cert = certificatemanager.Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:eu-west-1:123456789012:certificate/abc")
    with pytest.raises(ValidationError) as info:
        HttpsRedirect(stack, "Redirect", zone=_zone(stack), target_domain="example.org", certificate=cert)
    assert str(info.value) == ("The certificate must be in the us-east-1 region and the certificate you provided "
                               "is in eu-west-1.\n    at path [S/Redirect]")


def test_certificate_flag_needs_a_stack_region() -> None:
    app = App(context={"@aws-cdk/aws-route53-patters:useCertificate": True})
    stack = Stack(app, "S")
    with pytest.raises(ValidationError) as info:
        HttpsRedirect(stack, "Redirect", zone=_zone(stack), target_domain="example.org")
    assert str(info.value) == ("When @aws-cdk/aws-route53-patters:useCertificate is enabled, a region must be "
                               "defined on the Stack\n    at path [S/Redirect]")


def test_certificate_stack_is_shared_by_the_redirects_of_a_stack() -> None:
    app = App(context={"@aws-cdk/aws-route53-patters:useCertificate": True})
    stack = Stack(app, "S", env=Environment(account="111111111111", region="eu-west-1"))
    zone = _zone(stack)
    HttpsRedirect(stack, "A", zone=zone, target_domain="example.org")
    HttpsRedirect(stack, "B", zone=zone, target_domain="example.org", record_names=["b.example.com"])
    [cert_stack] = [c for c in app.node.children if c is not stack]
    assert isinstance(cert_stack, Stack) and cert_stack.region == "us-east-1"
    assert cert_stack.node.id == f"certificate-redirect-stack-{stack.node.addr}"
    assert len(cert_stack.node.children) == 2
