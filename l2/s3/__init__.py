"""Amazon S3 constructs (aws-cdk-lib: ``aws_cdk.aws_s3``): ``Bucket``, ``BucketPolicy`` and the L1 classes.

Names load on first use (PEP 562): ``from l2 import s3`` stays cheap, and each submodule (and the generated ``l1.s3``
module) is imported only when one of its names is first touched.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l1.s3 import *  # noqa: F403
    from l1.s3 import CfnAccessGrant as CfnAccessGrant
    from l1.s3 import CfnAccessGrantsInstance as CfnAccessGrantsInstance
    from l1.s3 import CfnAccessGrantsLocation as CfnAccessGrantsLocation
    from l1.s3 import CfnAccessPoint as CfnAccessPoint
    from l1.s3 import CfnBucket as CfnBucket
    from l1.s3 import CfnBucketPolicy as CfnBucketPolicy
    from l1.s3 import CfnMultiRegionAccessPoint as CfnMultiRegionAccessPoint
    from l1.s3 import CfnMultiRegionAccessPointPolicy as CfnMultiRegionAccessPointPolicy
    from l1.s3 import CfnStorageLens as CfnStorageLens
    from l1.s3 import CfnStorageLensGroup as CfnStorageLensGroup
    from l2.s3._bucket import Bucket as Bucket
    from l2.s3._bucket_base import BucketBase as BucketBase
    from l2.s3._bucket_policy import BucketPolicy as BucketPolicy
    from l2.s3._grants import BucketGrants as BucketGrants
    from l2.s3._interfaces import IBucket as IBucket
    from l2.s3._interfaces import IBucketNotificationDestination as IBucketNotificationDestination
    from l2.s3._props import BlockPublicAccessOptions as BlockPublicAccessOptions
    from l2.s3._props import BucketAttributes as BucketAttributes
    from l2.s3._props import BucketPolicyProps as BucketPolicyProps
    from l2.s3._props import BucketProps as BucketProps
    from l2.s3._props import Location as Location
    from l2.s3._props import OnCloudTrailBucketEventOptions as OnCloudTrailBucketEventOptions
    from l2.s3._props import TransferAccelerationUrlOptions as TransferAccelerationUrlOptions
    from l2.s3._props import VirtualHostedStyleUrlOptions as VirtualHostedStyleUrlOptions
    from l2.s3._types import BlockedEncryptionType as BlockedEncryptionType
    from l2.s3._types import BlockPublicAccess as BlockPublicAccess
    from l2.s3._types import BucketAccessControl as BucketAccessControl
    from l2.s3._types import BucketEncryption as BucketEncryption
    from l2.s3._types import BucketMetrics as BucketMetrics
    from l2.s3._types import BucketNamespace as BucketNamespace
    from l2.s3._types import BucketNotificationDestinationConfig as BucketNotificationDestinationConfig
    from l2.s3._types import BucketNotificationDestinationType as BucketNotificationDestinationType
    from l2.s3._types import CorsRule as CorsRule
    from l2.s3._types import EventType as EventType
    from l2.s3._types import Filter as Filter
    from l2.s3._types import (
        GrantReplicationPermissionDestinationProps as GrantReplicationPermissionDestinationProps,
    )
    from l2.s3._types import GrantReplicationPermissionProps as GrantReplicationPermissionProps
    from l2.s3._types import HttpMethods as HttpMethods
    from l2.s3._types import IntelligentTieringConfiguration as IntelligentTieringConfiguration
    from l2.s3._types import Inventory as Inventory
    from l2.s3._types import InventoryDestination as InventoryDestination
    from l2.s3._types import InventoryFormat as InventoryFormat
    from l2.s3._types import InventoryFrequency as InventoryFrequency
    from l2.s3._types import InventoryObjectVersion as InventoryObjectVersion
    from l2.s3._types import LifecycleRule as LifecycleRule
    from l2.s3._types import NoncurrentVersionTransition as NoncurrentVersionTransition
    from l2.s3._types import NotificationKeyFilter as NotificationKeyFilter
    from l2.s3._types import ObjectLockMode as ObjectLockMode
    from l2.s3._types import ObjectLockRetention as ObjectLockRetention
    from l2.s3._types import ObjectOwnership as ObjectOwnership
    from l2.s3._types import PartitionDateSource as PartitionDateSource
    from l2.s3._types import RedirectProtocol as RedirectProtocol
    from l2.s3._types import RedirectTarget as RedirectTarget
    from l2.s3._types import ReplaceKey as ReplaceKey
    from l2.s3._types import ReplicationRule as ReplicationRule
    from l2.s3._types import ReplicationTimeValue as ReplicationTimeValue
    from l2.s3._types import RoutingRule as RoutingRule
    from l2.s3._types import RoutingRuleCondition as RoutingRuleCondition
    from l2.s3._types import StorageClass as StorageClass
    from l2.s3._types import Tag as Tag
    from l2.s3._types import TargetObjectKeyFormat as TargetObjectKeyFormat
    from l2.s3._types import Transition as Transition
    from l2.s3._types import TransitionDefaultMinimumObjectSize as TransitionDefaultMinimumObjectSize

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

_L2_NAMES: dict[str, str] = {
    "BlockPublicAccess": "_types",
    "BlockPublicAccessOptions": "_props",
    "BlockedEncryptionType": "_types",
    "Bucket": "_bucket",
    "BucketAccessControl": "_types",
    "BucketAttributes": "_props",
    "BucketBase": "_bucket_base",
    "BucketEncryption": "_types",
    "BucketGrants": "_grants",
    "BucketMetrics": "_types",
    "BucketNamespace": "_types",
    "BucketNotificationDestinationConfig": "_types",
    "BucketNotificationDestinationType": "_types",
    "BucketPolicy": "_bucket_policy",
    "BucketPolicyProps": "_props",
    "BucketProps": "_props",
    "CorsRule": "_types",
    "EventType": "_types",
    "Filter": "_types",
    "GrantReplicationPermissionDestinationProps": "_types",
    "GrantReplicationPermissionProps": "_types",
    "HttpMethods": "_types",
    "IBucket": "_interfaces",
    "IBucketNotificationDestination": "_interfaces",
    "IntelligentTieringConfiguration": "_types",
    "Inventory": "_types",
    "InventoryDestination": "_types",
    "InventoryFormat": "_types",
    "InventoryFrequency": "_types",
    "InventoryObjectVersion": "_types",
    "LifecycleRule": "_types",
    "Location": "_props",
    "NoncurrentVersionTransition": "_types",
    "NotificationKeyFilter": "_types",
    "ObjectLockMode": "_types",
    "ObjectLockRetention": "_types",
    "ObjectOwnership": "_types",
    "OnCloudTrailBucketEventOptions": "_props",
    "PartitionDateSource": "_types",
    "RedirectProtocol": "_types",
    "RedirectTarget": "_types",
    "ReplaceKey": "_types",
    "ReplicationRule": "_types",
    "ReplicationTimeValue": "_types",
    "RoutingRule": "_types",
    "RoutingRuleCondition": "_types",
    "StorageClass": "_types",
    "Tag": "_types",
    "TargetObjectKeyFormat": "_types",
    "TransferAccelerationUrlOptions": "_props",
    "Transition": "_types",
    "TransitionDefaultMinimumObjectSize": "_types",
    "VirtualHostedStyleUrlOptions": "_props",
}


def __getattr__(name: str) -> object:
    """The names of ``l2.s3``'s submodules and ``mixins`` and of ``l1.s3``, imported on first use."""
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.s3.{module}"), name)
        check_public_classes({name: value})
    elif name == "mixins":
        return importlib.import_module("l2.s3.mixins")
    else:
        l1 = importlib.import_module("l1.s3")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.s3' has no attribute {name!r}")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
