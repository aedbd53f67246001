"""``CertificateAuthority``: imports of ACM Private CA certificate authorities, and ``ICertificateAuthority``."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs import Construct, IResource, Resource
from l1.interfaces.acmpca import CertificateAuthorityReference, ICertificateAuthorityRef


@runtime_checkable
class ICertificateAuthority(ICertificateAuthorityRef, IResource, Protocol):
    """An ACM Private CA certificate authority (one from ``CertificateAuthority.from_certificate_authority_arn``)."""

    @property
    def certificate_authority_arn(self) -> str:
        """The ARN of the certificate authority."""
        ...


class _ImportedCertificateAuthority(Resource):
    def __init__(self, scope: Construct, id: str, certificate_authority_arn: str) -> None:
        super().__init__(scope, id)
        self.certificate_authority_arn = certificate_authority_arn
        self.certificate_authority_ref = CertificateAuthorityReference(
            certificate_authority_arn=certificate_authority_arn)


class CertificateAuthority:
    """Imports of ACM Private CA certificate authorities (no new ones: use ``CfnCertificateAuthority``)."""

    def __init__(self) -> None:
        raise TypeError("CertificateAuthority cannot be instantiated: use CertificateAuthority."
                        "from_certificate_authority_arn")

    @staticmethod
    def from_certificate_authority_arn(scope: Construct, id: str,
                                       certificate_authority_arn: str) -> ICertificateAuthority:
        """Import the certificate authority of ARN ``certificate_authority_arn``."""
        return _ImportedCertificateAuthority(scope, id, certificate_authority_arn)
