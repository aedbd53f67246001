"""Amazon DocumentDB constructs (aws-cdk-lib: ``aws_cdk.aws_docdb``): clusters, instances, secrets, the L1 classes."""

from typing import Any

from constructs.internals import check_public_classes
from l1.docdb import *  # noqa: F403
from l1.docdb import __all__ as _l1_all
from l2.docdb._cluster import DatabaseCluster
from l2.docdb._endpoint import Endpoint
from l2.docdb._instance import DatabaseInstance
from l2.docdb._interfaces import IClusterParameterGroup, IDatabaseCluster, IDatabaseInstance
from l2.docdb._parameter_group import ClusterParameterGroup
from l2.docdb._types import (
    BackupProps,
    ClusterParameterGroupProps,
    DatabaseClusterAttributes,
    DatabaseClusterProps,
    DatabaseInstanceAttributes,
    DatabaseInstanceProps,
    DatabaseSecretProps,
    Login,
    RotationMultiUserOptions,
    ServerlessV2ScalingConfiguration,
    StorageType,
)

__all__ = [
    *_l1_all,
    "BackupProps",
    "CaCertificate",  # noqa: F405 - aws_rds.CaCertificate, loaded on first use by __getattr__
    "ClusterParameterGroup",
    "ClusterParameterGroupProps",
    "DatabaseCluster",
    "DatabaseClusterAttributes",
    "DatabaseClusterProps",
    "DatabaseInstance",
    "DatabaseInstanceAttributes",
    "DatabaseInstanceProps",
    "DatabaseSecret",  # noqa: F405 - loaded on first use by __getattr__ (it loads l2.secretsmanager)
    "DatabaseSecretProps",
    "Endpoint",
    "IClusterParameterGroup",
    "IDatabaseCluster",
    "IDatabaseInstance",
    "Login",
    "RotationMultiUserOptions",
    "ServerlessV2ScalingConfiguration",
    "StorageType",
]

check_public_classes(globals())


def __getattr__(name: str) -> Any:
    """``CaCertificate`` (aws-cdk-lib's ``aws_rds.CaCertificate``) and ``DatabaseSecret``, loaded on first use."""
    if name == "CaCertificate":
        from l2.rds import CaCertificate as value
    elif name == "DatabaseSecret":
        from l2.docdb._database_secret import DatabaseSecret as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
