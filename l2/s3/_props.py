"""The structs of the S3 module: ``BucketProps``, ``BucketAttributes``, ``BucketPolicyProps``, ``Location``, the
options of the URL helpers and of ``on_cloud_trail_*``, and the references (``bucket_ref``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, RemovalPolicy
from constructs.internals import structs
from l1._private.interfaces.s3 import BucketPolicyReference as BucketPolicyReference
from l1._private.interfaces.s3 import BucketReference as BucketReference
from l2.s3._types import (
    BlockedEncryptionType,
    BlockPublicAccess,
    BucketAccessControl,
    BucketEncryption,
    BucketMetrics,
    BucketNamespace,
    CorsRule,
    IntelligentTieringConfiguration,
    Inventory,
    LifecycleRule,
    ObjectLockRetention,
    ObjectOwnership,
    RedirectTarget,
    ReplicationRule,
    RoutingRule,
    TargetObjectKeyFormat,
    TransitionDefaultMinimumObjectSize,
)

if TYPE_CHECKING:
    from l2.events import EventPattern, IRuleTarget
    from l2.iam import IRole, PolicyDocument
    from l2.kms import IKey
    from l2.s3._interfaces import IBucket


@structs.frozen(kw_only=True)
class BlockPublicAccessOptions:
    """The four switches of ``BlockPublicAccess`` (each unset by default).

    Args:
        block_public_acls: reject PUT calls that carry a public ACL.
        block_public_policy: reject bucket policies that grant public access.
        ignore_public_acls: ignore public ACLs on the bucket and its objects.
        restrict_public_buckets: restrict access to buckets with public policies to AWS services and the owner.
    """

    block_public_acls: bool | None = None
    block_public_policy: bool | None = None
    ignore_public_acls: bool | None = None
    restrict_public_buckets: bool | None = None


@structs.frozen(kw_only=True)
class BucketAttributes:
    """What ``Bucket.from_bucket_attributes`` takes (see that method for each keyword).

    Args:
        account: the account the bucket is in (default the stack's).
        bucket_arn: the bucket's ARN (default built from ``bucket_name``).
        bucket_domain_name: the bucket's domain name (default built from the name).
        bucket_dual_stack_domain_name: the bucket's IPv4/IPv6 domain name (default built from the name).
        bucket_name: the bucket's name (default parsed from ``bucket_arn``; one of the two is needed).
        bucket_regional_domain_name: the bucket's regional domain name (default built from the name and region).
        bucket_website_new_url_format: whether the website URL uses a dot (``s3-website.<region>``) rather than a dash
            before the region (default false).
        bucket_website_url: the website URL (default built from the name and region).
        encryption_key: the KMS key the bucket's objects are encrypted with (default none).
        is_website: whether the bucket is configured as a website (default false).
        notifications_handler_role: the role of the handler that configures notifications on it (default a new one).
        region: the region the bucket is in (default the stack's).
    """

    account: str | None = None
    bucket_arn: str | None = None
    bucket_domain_name: str | None = None
    bucket_dual_stack_domain_name: str | None = None
    bucket_name: str | None = None
    bucket_regional_domain_name: str | None = None
    bucket_website_new_url_format: bool | None = None
    bucket_website_url: str | None = None
    encryption_key: IKey | None = None
    is_website: bool | None = None
    notifications_handler_role: IRole | None = None
    region: str | None = None


@structs.frozen(kw_only=True)
class BucketPolicyProps:
    """The properties of a ``BucketPolicy`` (see that class for each keyword)."""

    bucket: IBucket
    document: PolicyDocument | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class BucketProps:
    """The properties of a ``Bucket`` (see that class for each keyword)."""

    abac_status: bool | None = None
    access_control: BucketAccessControl | None = None
    auto_delete_objects: bool | None = None
    block_public_access: BlockPublicAccess | None = None
    blocked_encryption_types: Sequence[BlockedEncryptionType] | None = None
    bucket_key_enabled: bool | None = None
    bucket_name: str | None = None
    bucket_name_prefix: str | None = None
    bucket_namespace: BucketNamespace | None = None
    cors: Sequence[CorsRule] | None = None
    encryption: BucketEncryption | None = None
    encryption_key: IKey | None = None
    enforce_ssl: bool | None = None
    event_bridge_enabled: bool | None = None
    intelligent_tiering_configurations: Sequence[IntelligentTieringConfiguration] | None = None
    inventories: Sequence[Inventory] | None = None
    lifecycle_rules: Sequence[LifecycleRule] | None = None
    metrics: Sequence[BucketMetrics] | None = None
    minimum_tls_version: int | float | None = None
    notifications_handler_role: IRole | None = None
    notifications_skip_destination_validation: bool | None = None
    object_lock_default_retention: ObjectLockRetention | None = None
    object_lock_enabled: bool | None = None
    object_ownership: ObjectOwnership | None = None
    public_read_access: bool | None = None
    removal_policy: RemovalPolicy | None = None
    replication_role: IRole | None = None
    replication_rules: Sequence[ReplicationRule] | None = None
    server_access_logs_bucket: IBucket | None = None
    server_access_logs_prefix: str | None = None
    target_object_key_format: TargetObjectKeyFormat | None = None
    transfer_acceleration: bool | None = None
    transition_default_minimum_object_size: TransitionDefaultMinimumObjectSize | None = None
    versioned: bool | None = None
    website_error_document: str | None = None
    website_index_document: str | None = None
    website_redirect: RedirectTarget | None = None
    website_routing_rules: Sequence[RoutingRule] | None = None


@structs.frozen(kw_only=True)
class Location:
    """Where an S3 object is: bucket, key and (optionally) version.

    Args:
        bucket_name: the bucket.
        object_key: the object's key.
        object_version: the object's version (default the latest).
    """

    bucket_name: str
    object_key: str
    object_version: str | None = None


@structs.frozen(kw_only=True)
class OnCloudTrailBucketEventOptions:
    """The options of ``on_cloud_trail_event`` and its variants.

    Args:
        paths: only watch these object key paths (default every object).
        target: a target for the rule (default none; add one with ``add_target``).
        cross_stack_scope: where to create the rule's supporting constructs when the target is in another stack.
        description: the rule's description.
        event_pattern: extra filtering on top of the CloudTrail pattern.
        rule_name: a physical name for the rule.
    """

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: EventPattern | None = None
    rule_name: str | None = None
    target: IRuleTarget | None = None
    paths: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class TransferAccelerationUrlOptions:
    """The options of ``transfer_acceleration_url_for_object``.

    Args:
        dual_stack: use the dual-stack (IPv6) endpoint (default ``False``).
    """

    dual_stack: bool | None = None


@structs.frozen(kw_only=True)
class VirtualHostedStyleUrlOptions:
    """The options of ``virtual_hosted_url_for_object``.

    Args:
        regional: use the regional domain name (default ``True``).
    """

    regional: bool | None = None
