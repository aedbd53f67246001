"""Amazon OpenSearch Service constructs (aws-cdk-lib: ``aws_cdk.aws_opensearchservice``): ``Domain`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.opensearchservice import *  # noqa: F403
from l1.opensearchservice import __all__ as _l1_all
from l2.opensearchservice._domain import Domain
from l2.opensearchservice._domain_base import DomainBase
from l2.opensearchservice._grants import DomainGrants
from l2.opensearchservice._interfaces import IDomain
from l2.opensearchservice._types import (
    AdvancedSecurityOptions,
    CapacityConfig,
    CognitoOptions,
    CustomEndpointOptions,
    DomainAttributes,
    DomainProps,
    EbsOptions,
    EncryptionAtRestOptions,
    EngineVersion,
    IpAddressType,
    LoggingOptions,
    NodeConfig,
    NodeOptions,
    NodeType,
    SAMLOptionsProperty,
    TLSSecurityPolicy,
    WindowStartTime,
    ZoneAwarenessConfig,
)

__all__ = [
    *_l1_all,
    "AdvancedSecurityOptions",
    "CapacityConfig",
    "CognitoOptions",
    "CustomEndpointOptions",
    "Domain",
    "DomainAttributes",
    "DomainBase",
    "DomainGrants",
    "DomainProps",
    "EbsOptions",
    "EncryptionAtRestOptions",
    "EngineVersion",
    "IDomain",
    "IpAddressType",
    "LoggingOptions",
    "NodeConfig",
    "NodeOptions",
    "NodeType",
    "SAMLOptionsProperty",
    "TLSSecurityPolicy",
    "WindowStartTime",
    "ZoneAwarenessConfig",
]

check_public_classes(globals())
