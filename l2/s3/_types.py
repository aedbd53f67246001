"""Enums and structs of ``l2.s3`` (encryption, access, lifecycle, CORS, website, metrics, notifications)."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import IDependable
    from l2.kms import IKey
    from l2.s3._interfaces import IBucket


class BucketEncryption(enum.Enum):
    """Server-side encryption of a bucket's objects."""

    UNENCRYPTED = "UNENCRYPTED"
    KMS_MANAGED = "KMS_MANAGED"
    S3_MANAGED = "S3_MANAGED"
    KMS = "KMS"
    DSSE_MANAGED = "DSSE_MANAGED"
    DSSE = "DSSE"


class BucketAccessControl(enum.Enum):
    """Canned ACLs."""

    PRIVATE = "Private"
    PUBLIC_READ = "PublicRead"
    PUBLIC_READ_WRITE = "PublicReadWrite"
    AUTHENTICATED_READ = "AuthenticatedRead"
    LOG_DELIVERY_WRITE = "LogDeliveryWrite"
    BUCKET_OWNER_READ = "BucketOwnerRead"
    BUCKET_OWNER_FULL_CONTROL = "BucketOwnerFullControl"
    AWS_EXEC_READ = "AwsExecRead"


class ObjectOwnership(enum.Enum):
    """Who owns objects uploaded by other accounts."""

    BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced"
    BUCKET_OWNER_PREFERRED = "BucketOwnerPreferred"
    OBJECT_WRITER = "ObjectWriter"


class HttpMethods(enum.Enum):
    """HTTP methods of CORS rules."""

    GET = "GET"
    PUT = "PUT"
    HEAD = "HEAD"
    POST = "POST"
    DELETE = "DELETE"


class RedirectProtocol(enum.Enum):
    """Protocols of website redirects."""

    HTTP = "http"
    HTTPS = "https"


class ObjectLockMode(enum.Enum):
    """Object lock retention modes."""

    GOVERNANCE = "GOVERNANCE"
    COMPLIANCE = "COMPLIANCE"


class EventType(enum.Enum):
    """S3 event notification types."""

    OBJECT_CREATED = "s3:ObjectCreated:*"
    OBJECT_CREATED_PUT = "s3:ObjectCreated:Put"
    OBJECT_CREATED_POST = "s3:ObjectCreated:Post"
    OBJECT_CREATED_COPY = "s3:ObjectCreated:Copy"
    OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD = "s3:ObjectCreated:CompleteMultipartUpload"
    OBJECT_REMOVED = "s3:ObjectRemoved:*"
    OBJECT_REMOVED_DELETE = "s3:ObjectRemoved:Delete"
    OBJECT_REMOVED_DELETE_MARKER_CREATED = "s3:ObjectRemoved:DeleteMarkerCreated"
    OBJECT_RESTORE_POST = "s3:ObjectRestore:Post"
    OBJECT_RESTORE_COMPLETED = "s3:ObjectRestore:Completed"
    OBJECT_RESTORE_DELETE = "s3:ObjectRestore:Delete"
    REDUCED_REDUNDANCY_LOST_OBJECT = "s3:ReducedRedundancyLostObject"
    REPLICATION_OPERATION_FAILED_REPLICATION = "s3:Replication:OperationFailedReplication"
    REPLICATION_OPERATION_MISSED_THRESHOLD = "s3:Replication:OperationMissedThreshold"
    REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD = "s3:Replication:OperationReplicatedAfterThreshold"
    REPLICATION_OPERATION_NOT_TRACKED = "s3:Replication:OperationNotTracked"
    LIFECYCLE_EXPIRATION = "s3:LifecycleExpiration:*"
    LIFECYCLE_EXPIRATION_DELETE = "s3:LifecycleExpiration:Delete"
    LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED = "s3:LifecycleExpiration:DeleteMarkerCreated"
    LIFECYCLE_TRANSITION = "s3:LifecycleTransition"
    INTELLIGENT_TIERING = "s3:IntelligentTiering"
    OBJECT_TAGGING = "s3:ObjectTagging:*"
    OBJECT_TAGGING_PUT = "s3:ObjectTagging:Put"
    OBJECT_TAGGING_DELETE = "s3:ObjectTagging:Delete"
    OBJECT_ACL_PUT = "s3:ObjectAcl:Put"
    OBJECT_RESTORE = "s3:ObjectRestore:*"
    REPLICATION = "s3:Replication:*"


class BucketNotificationDestinationType(enum.Enum):
    """The kinds of event notification destinations."""

    LAMBDA = "LAMBDA"
    QUEUE = "QUEUE"
    TOPIC = "TOPIC"


class StorageClass:
    """An S3 storage class (use the constants, or ``StorageClass("NAME")``).

    Args:
        value: the storage class's name.
    """

    __slots__ = ("value",)

    DEEP_ARCHIVE: StorageClass
    GLACIER: StorageClass
    GLACIER_INSTANT_RETRIEVAL: StorageClass
    INFREQUENT_ACCESS: StorageClass
    INTELLIGENT_TIERING: StorageClass
    ONE_ZONE_INFREQUENT_ACCESS: StorageClass

    def __init__(self, value: str) -> None:
        self.value: str = value

    def to_string(self) -> str:
        """The CloudFormation name."""
        return self.value

    def __str__(self) -> str:
        return self.value


StorageClass.DEEP_ARCHIVE = StorageClass("DEEP_ARCHIVE")
StorageClass.GLACIER = StorageClass("GLACIER")
StorageClass.GLACIER_INSTANT_RETRIEVAL = StorageClass("GLACIER_IR")
StorageClass.INFREQUENT_ACCESS = StorageClass("STANDARD_IA")
StorageClass.INTELLIGENT_TIERING = StorageClass("INTELLIGENT_TIERING")
StorageClass.ONE_ZONE_INFREQUENT_ACCESS = StorageClass("ONEZONE_IA")


class BlockPublicAccess:
    """Which public access the bucket blocks (``BLOCK_ALL``, ``BLOCK_ACLS``, ``BLOCK_ACLS_ONLY`` or custom).

    Args:
        block_public_acls: reject requests that set public ACLs.
        ignore_public_acls: ignore the public ACLs already on the bucket and its objects.
        block_public_policy: reject bucket policies that grant public access.
        restrict_public_buckets: with a public policy, allow only AWS services and the owner's account.
    """

    BLOCK_ALL: BlockPublicAccess
    BLOCK_ACLS: BlockPublicAccess
    BLOCK_ACLS_ONLY: BlockPublicAccess

    def __init__(
        self,
        *,
        block_public_acls: bool | None = None,
        block_public_policy: bool | None = None,
        ignore_public_acls: bool | None = None,
        restrict_public_buckets: bool | None = None,
    ) -> None:
        self.block_public_acls = block_public_acls
        self.block_public_policy = block_public_policy
        self.ignore_public_acls = ignore_public_acls
        self.restrict_public_buckets = restrict_public_buckets

    def _render(self) -> dict[str, Any]:
        return {
            "block_public_acls": self.block_public_acls,
            "block_public_policy": self.block_public_policy,
            "ignore_public_acls": self.ignore_public_acls,
            "restrict_public_buckets": self.restrict_public_buckets,
        }


BlockPublicAccess.BLOCK_ALL = BlockPublicAccess(
    block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True
)
BlockPublicAccess.BLOCK_ACLS = BlockPublicAccess(block_public_acls=True, ignore_public_acls=True)
BlockPublicAccess.BLOCK_ACLS_ONLY = BlockPublicAccess(
    block_public_acls=True, block_public_policy=False, ignore_public_acls=True, restrict_public_buckets=False
)


@structs.frozen(kw_only=True)
class ObjectLockRetention:
    """Default object lock retention; build with ``governance(d)`` or ``compliance(d)``.

    Args:
        duration: how long new objects are locked.
        mode: governance (users with a permission may lift it) or compliance (nobody may).
    """

    duration: Duration
    mode: ObjectLockMode

    @staticmethod
    def governance(duration: Duration) -> ObjectLockRetention:
        """Governance-mode retention."""
        return ObjectLockRetention(duration=duration, mode=ObjectLockMode.GOVERNANCE)

    @staticmethod
    def compliance(duration: Duration) -> ObjectLockRetention:
        """Compliance-mode retention."""
        return ObjectLockRetention(duration=duration, mode=ObjectLockMode.COMPLIANCE)


@structs.frozen(kw_only=True)
class Transition:
    """Move current objects to another storage class after a time or on a date.

    Args:
        storage_class: the class to move to.
        transition_after / transition_date: when: an age after creation, or a date (one of the two).
    """

    storage_class: StorageClass
    transition_after: Duration | None = None
    transition_date: datetime.datetime | None = None


@structs.frozen(kw_only=True)
class NoncurrentVersionTransition:
    """Move noncurrent versions to another storage class.

    Args:
        storage_class: the class to move to.
        transition_after: how long after becoming noncurrent.
        noncurrent_versions_to_retain: how many of the newest noncurrent versions stay where they are.
    """

    storage_class: StorageClass
    transition_after: Duration
    noncurrent_versions_to_retain: int | None = None


@structs.frozen(kw_only=True)
class LifecycleRule:
    """A lifecycle rule; at least one action (expiration, transition, abort...) is required.

    Args:
        id: the rule's id (default: generated by S3).
        enabled: whether the rule applies (default True).
        prefix / tag_filters / object_size_greater_than / object_size_less_than: the objects it applies to
            (default: all).
        expiration / expiration_date: delete current objects after an age, or on a date.
        transitions: storage class changes of current objects.
        noncurrent_version_expiration / noncurrent_versions_to_retain: delete noncurrent versions after an
            age, keeping the newest ones.
        noncurrent_version_transitions: storage class changes of noncurrent versions.
        expired_object_delete_marker: remove delete markers that no longer hide any version.
        abort_incomplete_multipart_upload_after: abort multipart uploads left incomplete this long.
    """

    abort_incomplete_multipart_upload_after: Duration | None = None
    enabled: bool | None = None
    expiration: Duration | None = None
    expiration_date: datetime.datetime | None = None
    expired_object_delete_marker: bool | None = None
    id: str | None = None
    noncurrent_version_expiration: Duration | None = None
    noncurrent_version_transitions: Sequence[NoncurrentVersionTransition] | None = None
    noncurrent_versions_to_retain: int | None = None
    object_size_greater_than: int | None = None
    object_size_less_than: int | None = None
    prefix: str | None = None
    tag_filters: Mapping[str, object] | None = None
    transitions: Sequence[Transition] | None = None


@structs.frozen(kw_only=True)
class CorsRule:
    """A cross-origin resource sharing rule.

    Args:
        allowed_methods / allowed_origins / allowed_headers: the methods, origins and request headers allowed
            in cross-origin requests.
        exposed_headers: response headers the browser may read.
        max_age: how long (seconds) a browser may cache the preflight response.
        id: the rule's id.
    """

    allowed_methods: Sequence[HttpMethods]
    allowed_origins: Sequence[str]
    allowed_headers: Sequence[str] | None = None
    exposed_headers: Sequence[str] | None = None
    id: str | None = None
    max_age: int | None = None


@structs.frozen(kw_only=True)
class RedirectTarget:
    """Where every website request is redirected.

    Args:
        host_name: the host to redirect to.
        protocol: the protocol of the redirects (default that of the request).
    """

    host_name: str
    protocol: RedirectProtocol | None = None


@structs.frozen(kw_only=True)
class RoutingRuleCondition:
    """When a website routing rule applies.

    Args:
        http_error_code_returned_equals: the HTTP error code the request must get (default any).
        key_prefix_equals: the prefix the requested key must start with (default any).
    """

    http_error_code_returned_equals: str | None = None
    key_prefix_equals: str | None = None


class ReplaceKey:
    """How a routing rule rewrites the key: ``with_(key)`` or ``prefix_with(prefix)``.

    Args:
        prefix_with_key: replace the matched key prefix with this.
        with_key: replace the whole key with this.
    """

    def __init__(self, with_key: str | None = None, prefix_with_key: str | None = None) -> None:
        self.with_key = with_key
        self.prefix_with_key = prefix_with_key

    @staticmethod
    def with_(key_replacement: str) -> ReplaceKey:
        """Replace the whole key."""
        return ReplaceKey(with_key=key_replacement)

    @staticmethod
    def prefix_with(key_replacement: str) -> ReplaceKey:
        """Replace the matched prefix."""
        return ReplaceKey(prefix_with_key=key_replacement)


@structs.frozen(kw_only=True)
class RoutingRule:
    """A website redirect rule.

    Args:
        condition: when it applies (a key prefix or an error code; default: always).
        host_name / protocol: where to redirect (default: this host, this protocol).
        http_redirect_code: the HTTP status of the redirect (default 301).
        replace_key: how the key changes (``ReplaceKey.with_`` or ``ReplaceKey.prefix_with``).
    """

    condition: RoutingRuleCondition | None = None
    host_name: str | None = None
    http_redirect_code: str | None = None
    protocol: RedirectProtocol | None = None
    replace_key: ReplaceKey | None = None


@structs.frozen(kw_only=True)
class BucketMetrics:
    """A CloudWatch request metrics configuration.

    Args:
        id: the configuration's id.
        prefix: only objects whose key starts with this (default every object).
        tag_filters: only objects with these tags (default every object).
    """

    id: str
    prefix: str | None = None
    tag_filters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class Tag:
    """A key/value tag filter.

    Args:
        key: the tag's key.
        value: the tag's value.
    """

    key: str
    value: str


@structs.frozen(kw_only=True)
class IntelligentTieringConfiguration:
    """Archive tiers of the Intelligent-Tiering storage class.

    Args:
        name: the configuration's name.
        prefix / tags: the objects it applies to (default: all).
        archive_access_tier_time / deep_archive_access_tier_time: how long without access before an object
            moves to the Archive Access tier (90 days or more) / Deep Archive Access tier (180 days or more).
    """

    name: str
    archive_access_tier_time: Duration | None = None
    deep_archive_access_tier_time: Duration | None = None
    prefix: str | None = None
    tags: Sequence[Tag] | None = None


@structs.frozen(kw_only=True)
class NotificationKeyFilter:
    """Only notify for keys with this prefix and/or suffix.

    Args:
        prefix: the prefix the key must start with (default any).
        suffix: the suffix the key must end with (default any).
    """

    prefix: str | None = None
    suffix: str | None = None


@structs.frozen(kw_only=True)
class BucketNotificationDestinationConfig:
    """What a notification destination's ``bind`` returns.

    Args:
        arn: the destination's ARN.
        dependencies: what the notification configuration must wait for (e.g. the destination's policy).
        type: the kind of destination (a function, a topic or a queue).
    """

    arn: str
    type: BucketNotificationDestinationType
    dependencies: list[IDependable] | None = None


class InventoryFormat(enum.Enum):
    """The file format of inventory reports."""

    CSV = "CSV"
    PARQUET = "Parquet"
    ORC = "ORC"


class InventoryFrequency(enum.Enum):
    """How often inventory reports are produced."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class InventoryObjectVersion(enum.Enum):
    """Which object versions inventory reports list."""

    ALL = "All"
    CURRENT = "Current"


@structs.frozen(kw_only=True)
class InventoryDestination:
    """Where inventory reports are written.

    Args:
        bucket: the bucket the reports go to.
        prefix: the key prefix of the reports.
        bucket_owner: the account that owns ``bucket`` (checked by S3).
    """

    bucket: IBucket
    bucket_owner: str | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class Inventory:
    """An inventory report configuration (default: weekly CSV of all versions, enabled).

    Args:
        destination: where the reports go.
        inventory_id: the configuration's id (default: generated).
        enabled / format / frequency: whether, in which format and how often reports are written.
        include_object_versions: all versions, or current ones only.
        objects_prefix: report only keys with this prefix.
        optional_fields: extra columns (``Size``, ``LastModifiedDate``, ``StorageClass``...).
    """

    destination: InventoryDestination
    enabled: bool | None = None
    format: InventoryFormat | None = None
    frequency: InventoryFrequency | None = None
    include_object_versions: InventoryObjectVersion | None = None
    inventory_id: str | None = None
    objects_prefix: str | None = None
    optional_fields: Sequence[str] | None = None


class PartitionDateSource(enum.Enum):
    """The date used in partitioned access-log key prefixes."""

    EVENT_TIME = "EventTime"
    DELIVERY_TIME = "DeliveryTime"


class TargetObjectKeyFormat:
    """The key format of server access log objects: ``simple_prefix()`` or ``partitioned_prefix(source)``.

    The L1 types ``TargetObjectKeyFormat`` as JSON (emitted verbatim), so the keys are CloudFormation's.

    Args:
        rendered: the ``TargetObjectKeyFormat`` value of the template (use the factories).
    """

    def __init__(self, rendered: dict[str, Any]) -> None:
        self._rendered = rendered

    @staticmethod
    def simple_prefix() -> TargetObjectKeyFormat:
        """``[prefix]YYYY-mm-DD-HH-MM-SS-UniqueString``."""
        return TargetObjectKeyFormat({"SimplePrefix": {}})

    @staticmethod
    def partitioned_prefix(date_source: PartitionDateSource | None = None) -> TargetObjectKeyFormat:
        """Keys partitioned by account, region, bucket and date."""
        return TargetObjectKeyFormat(
            {"PartitionedPrefix": {"PartitionDateSource": date_source.value if date_source else None}}
        )

    def _render(self) -> dict[str, Any]:
        return self._rendered


class BlockedEncryptionType:
    """An encryption type the bucket refuses for uploads (``NONE``, ``SSE_C`` or ``custom(name)``).

    Args:
        name: the encryption type's name.
    """

    NONE: BlockedEncryptionType
    SSE_C: BlockedEncryptionType

    def __init__(self, name: str) -> None:
        self.name = name

    @staticmethod
    def custom(name: str) -> BlockedEncryptionType:
        """Any other encryption type name."""
        return BlockedEncryptionType(name)


BlockedEncryptionType.NONE = BlockedEncryptionType("NONE")
BlockedEncryptionType.SSE_C = BlockedEncryptionType("SSE-C")


class TransitionDefaultMinimumObjectSize(enum.Enum):
    """The smallest object size that lifecycle transitions apply to by default."""

    ALL_STORAGE_CLASSES_128_K = "all_storage_classes_128K"
    VARIES_BY_STORAGE_CLASS = "varies_by_storage_class"


class BucketNamespace(enum.Enum):
    """Whether bucket names are global or scoped to the account and region."""

    GLOBAL = "global"
    ACCOUNT_REGIONAL = "account-regional"


class ReplicationTimeValue:
    """How quickly replicated objects must arrive (``FIFTEEN_MINUTES``).

    Args:
        minutes: the time limit, in minutes.
    """

    FIFTEEN_MINUTES: ReplicationTimeValue

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes


ReplicationTimeValue.FIFTEEN_MINUTES = ReplicationTimeValue(15)


@structs.frozen(kw_only=True)
class Filter:
    """Which objects a replication rule applies to (a key prefix and/or tags).

    Args:
        prefix: only objects whose key starts with this (default every object).
        tags: only objects with these tags (default every object).
    """

    prefix: str | None = None
    tags: Sequence[Tag] | None = None


@structs.frozen(kw_only=True)
class ReplicationRule:
    """A replication rule (the source bucket must be versioned).

    Args:
        destination: the bucket objects are copied to.
        id / priority: the rule's id, and its priority among rules that match the same object.
        filter: the objects it applies to (a prefix and tags; default: all).
        storage_class: the storage class of the replicas (default: the source object's).
        kms_key / sse_kms_encrypted_objects: replicate objects encrypted with KMS, with this key for the
            replicas.
        access_control_transition: make the destination bucket's owner the replicas' owner.
        delete_marker_replication: replicate delete markers too.
        replica_modifications: replicate metadata changes made to replicas back.
        replication_time_control / metrics: S3 Replication Time Control and its metrics (a ``ReplicationTimeValue``).
    """

    destination: IBucket
    access_control_transition: bool | None = None
    delete_marker_replication: bool | None = None
    filter: Filter | None = None
    id: str | None = None
    kms_key: IKey | None = None
    metrics: ReplicationTimeValue | None = None
    priority: int | None = None
    replica_modifications: bool | None = None
    replication_time_control: ReplicationTimeValue | None = None
    sse_kms_encrypted_objects: bool | None = None
    storage_class: StorageClass | None = None


@structs.frozen(kw_only=True)
class GrantReplicationPermissionDestinationProps:
    """A replication destination: the bucket and the key replicas are encrypted with.

    Args:
        bucket: the destination bucket.
        encryption_key: the KMS key that encrypts the replicas (default none).
    """

    bucket: IBucket
    encryption_key: IKey | None = None


@structs.frozen(kw_only=True)
class GrantReplicationPermissionProps:
    """What ``grant_replication_permission`` needs: the destinations and the source's decryption key.

    Args:
        destinations: the destinations objects are replicated to.
        source_decryption_key: the KMS key the source objects are encrypted with (default none).
    """

    destinations: Sequence[GrantReplicationPermissionDestinationProps]
    source_decryption_key: IKey | None = None
