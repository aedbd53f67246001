"""AWS Certificate Manager Private CA (aws-cdk-lib: ``aws_cdk.aws_acmpca``): ``CertificateAuthority`` imports,
``ICertificateAuthority`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.acmpca import *  # noqa: F403
from l1.acmpca import __all__ as _l1_all
from l2.acmpca._certificate_authority import CertificateAuthority, ICertificateAuthority

__all__ = [
    *_l1_all,
    "CertificateAuthority",
    "ICertificateAuthority",
]

check_public_classes(globals())
