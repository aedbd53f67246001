"""Deploy files into an S3 bucket at deployment (aws-cdk-lib: ``aws_cdk.aws_s3_deployment``).

pycdk's handler is its own boto3 code, with no AWS CLI layer (docs/s3-deployment.md).
"""

from __future__ import annotations

from constructs.internals import check_public_classes

from ._bucket_deployment import (
    BucketDeployment,
    BucketDeploymentProps,
    CacheControl,
    DeployTimeSubstitutedFile,
    DeployTimeSubstitutedFileProps,
    ServerSideEncryption,
    StorageClass,
    UserDefinedObjectMetadata,
)
from ._source import (
    DeploymentSourceContext,
    ISource,
    JsonProcessingOptions,
    MarkersConfig,
    Source,
    SourceConfig,
)

__all__ = [
    "BucketDeployment",
    "BucketDeploymentProps",
    "CacheControl",
    "DeployTimeSubstitutedFile",
    "DeployTimeSubstitutedFileProps",
    "DeploymentSourceContext",
    "ISource",
    "JsonProcessingOptions",
    "MarkersConfig",
    "ServerSideEncryption",
    "Source",
    "SourceConfig",
    "StorageClass",
    "UserDefinedObjectMetadata",
]

check_public_classes(globals())
