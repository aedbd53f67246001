"""AWS Certificate Manager constructs (aws-cdk-lib: ``aws_cdk.aws_certificatemanager``): public and private
certificates, validation, the days-to-expiry metric, and the L1 classes."""

from constructs.internals import check_public_classes
from l1.certificatemanager import *  # noqa: F403
from l1.certificatemanager import __all__ as _l1_all
from l2.certificatemanager._certificate import Certificate, CertificateBase, PrivateCertificate
from l2.certificatemanager._dns_validated import DnsValidatedCertificate
from l2.certificatemanager._interfaces import CertificateReference, ICertificate, ICertificateAuthority
from l2.certificatemanager._types import (
    CertificateProps,
    CertificateValidation,
    CertificationValidationProps,
    DnsValidatedCertificateProps,
    KeyAlgorithm,
    PrivateCertificateProps,
    ValidationMethod,
)

__all__ = [
    *_l1_all,
    "Certificate",
    "CertificateBase",
    "CertificateProps",
    "CertificateReference",
    "CertificateValidation",
    "CertificationValidationProps",
    "DnsValidatedCertificate",
    "DnsValidatedCertificateProps",
    "ICertificate",
    "ICertificateAuthority",
    "KeyAlgorithm",
    "PrivateCertificate",
    "PrivateCertificateProps",
    "ValidationMethod",
]

check_public_classes(globals())
