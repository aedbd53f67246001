"""KMS L2 constructs (aws-cdk-lib: ``aws_cdk.aws_kms``), plus the ``Cfn*`` L1 classes of ``l1.kms``.

``Key`` is retained by default and its default key policy allows ``kms:*`` to the account root;
``key.grant_*(grantee)`` adds statements to a same-account grantee's identity policy and to the key
policy otherwise.
"""

from constructs.internals import check_public_classes
from l1.kms import *  # noqa: F403
from l1.kms import CfnAlias, CfnKey, CfnReplicaKey

from ._alias import Alias, AliasAttributes, AliasProps, IAlias
from ._key import IKey, Key, KeyLookupOptions, KeyProps, KeySpec, KeyUsage
from ._key_grants import KeyGrants
from ._via_service_principal import ViaServicePrincipal

__all__ = [
    "Alias",
    "AliasAttributes",
    "AliasProps",
    "CfnAlias",
    "CfnKey",
    "CfnReplicaKey",
    "IAlias",
    "IKey",
    "Key",
    "KeyGrants",
    "KeyLookupOptions",
    "KeyProps",
    "KeySpec",
    "KeyUsage",
    "ViaServicePrincipal",
]

check_public_classes(globals())
