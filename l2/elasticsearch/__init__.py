"""Amazon Elasticsearch Service constructs (aws-cdk-lib: ``aws_cdk.aws_elasticsearch``, deprecated there in favour of
``aws_opensearchservice``): ``Domain`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.elasticsearch import *  # noqa: F403
from l1.elasticsearch import __all__ as _l1_all
from l2.elasticsearch._domain import Domain
from l2.elasticsearch._grants import DomainGrants
from l2.elasticsearch._interfaces import IDomain
from l2.elasticsearch._types import (
    AdvancedSecurityOptions,
    CapacityConfig,
    CognitoOptions,
    CustomEndpointOptions,
    DomainAttributes,
    DomainProps,
    EbsOptions,
    ElasticsearchVersion,
    EncryptionAtRestOptions,
    LoggingOptions,
    TLSSecurityPolicy,
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
    "DomainGrants",
    "DomainProps",
    "EbsOptions",
    "ElasticsearchVersion",
    "EncryptionAtRestOptions",
    "IDomain",
    "LoggingOptions",
    "TLSSecurityPolicy",
    "ZoneAwarenessConfig",
]

check_public_classes(globals())
