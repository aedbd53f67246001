"""``l2.acmpca``: imported certificate authorities."""

from __future__ import annotations

import pytest

from constructs import Stack
from l2 import acmpca, certificatemanager

ARN = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/023077d8-2bfa-4eb0-8f22-05c96deade77"


def test_imported_ca_is_a_certificate_authority(stack: Stack) -> None:
    ca = acmpca.CertificateAuthority.from_certificate_authority_arn(stack, "CA", ARN)
    assert isinstance(ca, acmpca.ICertificateAuthority)
    assert isinstance(ca, certificatemanager.ICertificateAuthority)
    assert ca.certificate_authority_arn == ARN
    assert ca.certificate_authority_ref.certificate_authority_arn == ARN


def test_certificate_authority_cannot_be_instantiated() -> None:
    # aws-cdk-lib's constructor is private
    with pytest.raises(TypeError):
        acmpca.CertificateAuthority()
