"""Amazon ECR constructs (aws-cdk-lib: ``aws_cdk.aws_ecr``): ``Repository``, authorization tokens, the L1 classes."""

from constructs.internals import check_public_classes
from l1.ecr import *  # noqa: F403
from l1.ecr import __all__ as _l1_all
from l2.ecr._auth import AuthorizationToken, PublicGalleryAuthorizationToken
from l2.ecr._interfaces import IRepository
from l2.ecr._repository import Repository
from l2.ecr._repository_base import RepositoryBase, RepositoryReference
from l2.ecr._types import (
    ImageTagMutabilityExclusionFilter,
    LifecycleRule,
    OnCloudTrailImagePushedOptions,
    OnImageScanCompletedOptions,
    RepositoryAttributes,
    RepositoryEncryption,
    RepositoryLookupOptions,
    RepositoryProps,
    TagMutability,
    TagStatus,
)

__all__ = [
    *_l1_all,
    "AuthorizationToken",
    "IRepository",
    "ImageTagMutabilityExclusionFilter",
    "LifecycleRule",
    "OnCloudTrailImagePushedOptions",
    "OnImageScanCompletedOptions",
    "PublicGalleryAuthorizationToken",
    "Repository",
    "RepositoryAttributes",
    "RepositoryBase",
    "RepositoryEncryption",
    "RepositoryLookupOptions",
    "RepositoryProps",
    "RepositoryReference",
    "TagMutability",
    "TagStatus",
]

check_public_classes(globals())


def __getattr__(name: str) -> object:
    """``ecr.mixins`` (aws-cdk-lib's ``aws_ecr.mixins`` submodule), imported on first use."""
    if name == "mixins":
        import importlib

        return importlib.import_module("l2.ecr.mixins")
    raise AttributeError(f"module 'l2.ecr' has no attribute {name!r}")
