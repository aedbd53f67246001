"""ACM enums, key algorithms, validation and the props structs."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.certificatemanager._interfaces import ICertificateAuthority
    from l2.iam import IRole
    from l2.route53 import IHostedZone


class ValidationMethod(enum.Enum):
    """How ACM checks that you own a domain."""

    EMAIL = "EMAIL"
    DNS = "DNS"


class KeyAlgorithm:
    """The algorithm of a certificate's key pair (``KeyAlgorithm("RSA_2048")`` for one not listed).

    Args:
        name: the key algorithm as ACM names it (``RSA_2048``, ``EC_prime256v1``...).
    """

    RSA_2048: KeyAlgorithm
    """RSA 2048."""
    EC_PRIME256_V1: KeyAlgorithm
    """ECDSA P-256."""
    EC_SECP384_R1: KeyAlgorithm
    """ECDSA P-384."""
    EC_SECP521_R1: KeyAlgorithm
    """ECDSA P-521."""
    RSA_4096: KeyAlgorithm
    """RSA 4096."""
    RSA_3072: KeyAlgorithm
    """RSA 3072."""
    RSA_1024: KeyAlgorithm
    """RSA 1024."""

    def __init__(self, name: str) -> None:
        self.name = name


KeyAlgorithm.RSA_2048 = KeyAlgorithm("RSA_2048")
KeyAlgorithm.EC_PRIME256_V1 = KeyAlgorithm("EC_prime256v1")
KeyAlgorithm.EC_SECP384_R1 = KeyAlgorithm("EC_secp384r1")
KeyAlgorithm.EC_SECP521_R1 = KeyAlgorithm("EC_secp521r1")
KeyAlgorithm.RSA_4096 = KeyAlgorithm("RSA_4096")
KeyAlgorithm.RSA_3072 = KeyAlgorithm("RSA_3072")
KeyAlgorithm.RSA_1024 = KeyAlgorithm("RSA_1024")


@structs.frozen(kw_only=True)
class CertificationValidationProps:
    """How a certificate is validated (``CertificateValidation.props``).

    Args:
        hosted_zone: the zone DNS validation records go in.
        hosted_zones: a zone per domain name.
        method: the validation method (default email).
        validation_domains: the validation domain per domain name (email validation; default the apex).
    """

    hosted_zone: IHostedZone | None = None
    hosted_zones: Mapping[str, IHostedZone] | None = None
    method: ValidationMethod | None = None
    validation_domains: Mapping[str, str] | None = None


class CertificateValidation:
    """How a certificate is validated: DNS (records in Route 53 zones) or email.

    Args:
        props: the validation method and its zones or validation domains.
    """

    def __init__(self, props: CertificationValidationProps) -> None:
        self.props = props
        self.method: ValidationMethod = props.method or ValidationMethod.EMAIL

    @staticmethod
    def from_dns(hosted_zone: IHostedZone | None = None) -> CertificateValidation:
        """DNS validation; the records are created in ``hosted_zone`` (or must be added by hand without one)."""
        return CertificateValidation(CertificationValidationProps(method=ValidationMethod.DNS, hosted_zone=hosted_zone))

    @staticmethod
    def from_dns_multi_zone(hosted_zones: Mapping[str, IHostedZone]) -> CertificateValidation:
        """DNS validation with a hosted zone per domain name."""
        return CertificateValidation(
            CertificationValidationProps(method=ValidationMethod.DNS, hosted_zones=hosted_zones)
        )

    @staticmethod
    def from_email(validation_domains: Mapping[str, str] | None = None) -> CertificateValidation:
        """Email validation (to the admin addresses of each domain's validation domain)."""
        return CertificateValidation(
            CertificationValidationProps(method=ValidationMethod.EMAIL, validation_domains=validation_domains)
        )


@structs.frozen(kw_only=True)
class CertificateProps:
    """The properties of a ``Certificate`` (see ``Certificate`` for each keyword)."""

    domain_name: str
    allow_export: bool | None = None
    certificate_name: str | None = None
    key_algorithm: KeyAlgorithm | None = None
    subject_alternative_names: Sequence[str] | None = None
    transparency_logging_enabled: bool | None = None
    validation: CertificateValidation | None = None


@structs.frozen(kw_only=True)
class DnsValidatedCertificateProps:
    """The properties of a ``DnsValidatedCertificate`` (deprecated: use ``Certificate``; see ``DnsValidatedCertificate`` for each keyword)."""

    domain_name: str
    hosted_zone: IHostedZone
    allow_export: bool | None = None
    certificate_name: str | None = None
    key_algorithm: KeyAlgorithm | None = None
    subject_alternative_names: Sequence[str] | None = None
    transparency_logging_enabled: bool | None = None
    validation: CertificateValidation | None = None
    cleanup_route53_records: bool | None = None
    custom_resource_role: IRole | None = None
    region: str | None = None
    route53_endpoint: str | None = None


@structs.frozen(kw_only=True)
class PrivateCertificateProps:
    """The properties of a ``PrivateCertificate`` (see ``PrivateCertificate`` for each keyword)."""

    certificate_authority: ICertificateAuthority
    domain_name: str
    allow_export: bool | None = None
    key_algorithm: KeyAlgorithm | None = None
    subject_alternative_names: Sequence[str] | None = None
