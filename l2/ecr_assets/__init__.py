"""Docker image assets (aws-cdk-lib: ``aws_cdk.aws_ecr_assets``): ``DockerImageAsset``, ``TarballImageAsset``.

pycdk hashes and stages the build context (or tarball) and lists the image in the stack's asset manifest exactly as
aws-cdk-lib does; building and pushing the image is the CDK CLI's job at deployment (``cdk deploy``).
"""

from __future__ import annotations

from constructs.internals import check_public_classes
from l2.ecr_assets._image_asset import DockerImageAsset
from l2.ecr_assets._tarball_asset import TarballImageAsset
from l2.ecr_assets._types import (
    DockerCacheOption,
    DockerImageAssetInvalidationOptions,
    DockerImageAssetOptions,
    DockerImageAssetProps,
    NetworkMode,
    Platform,
    TarballImageAssetProps,
)

__all__ = [
    "DockerCacheOption",
    "DockerImageAsset",
    "DockerImageAssetInvalidationOptions",
    "DockerImageAssetOptions",
    "DockerImageAssetProps",
    "NetworkMode",
    "Platform",
    "TarballImageAsset",
    "TarballImageAssetProps",
]

check_public_classes(globals())
