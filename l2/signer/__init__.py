"""AWS Signer constructs (aws-cdk-lib: ``aws_cdk.aws_signer``): ``SigningProfile``, ``Platform`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.signer import *  # noqa: F403
from l1.signer import __all__ as _l1_all
from l2.signer._interfaces import ISigningProfile
from l2.signer._signing_profile import Platform, SigningProfile, SigningProfileAttributes, SigningProfileProps

__all__ = [
    *_l1_all,
    "ISigningProfile",
    "Platform",
    "SigningProfile",
    "SigningProfileAttributes",
    "SigningProfileProps",
]

check_public_classes(globals())
