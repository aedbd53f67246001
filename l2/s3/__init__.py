"""Amazon S3 constructs (aws-cdk-lib: ``aws_cdk.aws_s3``): ``Bucket``, ``BucketPolicy`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.s3 import *  # noqa: F403
from l1.s3 import (
    CfnAccessGrant,
    CfnAccessGrantsInstance,
    CfnAccessGrantsLocation,
    CfnAccessPoint,
    CfnBucket,
    CfnBucketPolicy,
    CfnMultiRegionAccessPoint,
    CfnMultiRegionAccessPointPolicy,
    CfnStorageLens,
    CfnStorageLensGroup,
)
from l2.s3._bucket import Bucket
from l2.s3._bucket_base import BucketBase
from l2.s3._bucket_policy import BucketPolicy
from l2.s3._grants import BucketGrants
from l2.s3._interfaces import IBucket, IBucketNotificationDestination
from l2.s3._props import (
    BlockPublicAccessOptions,
    BucketAttributes,
    BucketPolicyProps,
    BucketProps,
    Location,
    OnCloudTrailBucketEventOptions,
    TransferAccelerationUrlOptions,
    VirtualHostedStyleUrlOptions,
)
from l2.s3._types import (
    BlockedEncryptionType,
    BlockPublicAccess,
    BucketAccessControl,
    BucketEncryption,
    BucketMetrics,
    BucketNamespace,
    BucketNotificationDestinationConfig,
    BucketNotificationDestinationType,
    CorsRule,
    EventType,
    Filter,
    GrantReplicationPermissionDestinationProps,
    GrantReplicationPermissionProps,
    HttpMethods,
    IntelligentTieringConfiguration,
    Inventory,
    InventoryDestination,
    InventoryFormat,
    InventoryFrequency,
    InventoryObjectVersion,
    LifecycleRule,
    NoncurrentVersionTransition,
    NotificationKeyFilter,
    ObjectLockMode,
    ObjectLockRetention,
    ObjectOwnership,
    PartitionDateSource,
    RedirectProtocol,
    RedirectTarget,
    ReplaceKey,
    ReplicationRule,
    ReplicationTimeValue,
    RoutingRule,
    RoutingRuleCondition,
    StorageClass,
    Tag,
    TargetObjectKeyFormat,
    Transition,
    TransitionDefaultMinimumObjectSize,
)

__all__ = [
    "BlockPublicAccess",
    "BlockPublicAccessOptions",
    "BlockedEncryptionType",
    "Bucket",
    "BucketAccessControl",
    "BucketAttributes",
    "BucketBase",
    "BucketEncryption",
    "BucketGrants",
    "BucketMetrics",
    "BucketNamespace",
    "BucketNotificationDestinationConfig",
    "BucketNotificationDestinationType",
    "BucketPolicy",
    "BucketPolicyProps",
    "BucketProps",
    "CfnAccessGrant",
    "CfnAccessGrantsInstance",
    "CfnAccessGrantsLocation",
    "CfnAccessPoint",
    "CfnBucket",
    "CfnBucketPolicy",
    "CfnMultiRegionAccessPoint",
    "CfnMultiRegionAccessPointPolicy",
    "CfnStorageLens",
    "CfnStorageLensGroup",
    "CorsRule",
    "EventType",
    "Filter",
    "GrantReplicationPermissionDestinationProps",
    "GrantReplicationPermissionProps",
    "HttpMethods",
    "IBucket",
    "IBucketNotificationDestination",
    "IntelligentTieringConfiguration",
    "Inventory",
    "InventoryDestination",
    "InventoryFormat",
    "InventoryFrequency",
    "InventoryObjectVersion",
    "LifecycleRule",
    "Location",
    "NoncurrentVersionTransition",
    "NotificationKeyFilter",
    "ObjectLockMode",
    "ObjectLockRetention",
    "ObjectOwnership",
    "OnCloudTrailBucketEventOptions",
    "PartitionDateSource",
    "RedirectProtocol",
    "RedirectTarget",
    "ReplaceKey",
    "ReplicationRule",
    "ReplicationTimeValue",
    "RoutingRule",
    "RoutingRuleCondition",
    "StorageClass",
    "Tag",
    "TargetObjectKeyFormat",
    "TransferAccelerationUrlOptions",
    "Transition",
    "TransitionDefaultMinimumObjectSize",
    "VirtualHostedStyleUrlOptions",
]

check_public_classes(globals())


def __getattr__(name: str) -> object:
    """``s3.mixins`` (aws-cdk-lib's ``aws_s3.mixins`` submodule), imported on first use."""
    if name == "mixins":
        import importlib

        return importlib.import_module("l2.s3.mixins")
    raise AttributeError(f"module 'l2.s3' has no attribute {name!r}")
