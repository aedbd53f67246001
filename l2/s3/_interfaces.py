"""``IBucket`` and ``IBucketNotificationDestination``: the interfaces of buckets and notification targets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.s3 import IBucketRef

if TYPE_CHECKING:
    from constructs import Construct, Node, ResourceEnvironment, Stack
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey
    from l2.s3._bucket_policy import BucketPolicy
    from l2.s3._types import (
        BucketNotificationDestinationConfig,
        EventType,
        GrantReplicationPermissionDestinationProps,
        GrantReplicationPermissionProps,
        NotificationKeyFilter,
    )


@runtime_checkable
class IBucket(IBucketRef, Protocol):
    """An S3 bucket: ``Bucket`` or one returned by ``Bucket.from_bucket_*``."""

    @property
    def bucket_arn(self) -> str: ...

    @property
    def bucket_name(self) -> str: ...

    @property
    def node(self) -> Node:
        """The construct tree node (aws-cdk-lib's interface extends IResource)."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region the bucket lives in."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the bucket belongs to."""
        ...

    @property
    def bucket_domain_name(self) -> str: ...

    @property
    def bucket_dual_stack_domain_name(self) -> str: ...

    @property
    def bucket_regional_domain_name(self) -> str: ...

    @property
    def bucket_website_domain_name(self) -> str: ...

    @property
    def bucket_website_url(self) -> str: ...

    @property
    def encryption_key(self) -> IKey | None: ...

    @property
    def is_website(self) -> bool | None: ...

    @property
    def policy(self) -> BucketPolicy | None: ...

    @property
    def replication_role_arn(self) -> str | None: ...


    def add_to_resource_policy(self, permission: PolicyStatement) -> AddToResourcePolicyResult: ...

    def arn_for_objects(self, key_pattern: str) -> str: ...

    def url_for_object(self, key: str | None = None) -> str: ...

    def s3_url_for_object(self, key: str | None = None) -> str: ...

    def virtual_hosted_url_for_object(self, key: str | None = None, *, regional: bool | None = None) -> str: ...

    def transfer_acceleration_url_for_object(self, key: str | None = None, *, dual_stack: bool | None = None) -> str: ...

    def grant_read(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant: ...

    def grant_write(
        self, identity: IGrantable, objects_key_pattern: str | None = "*", allowed_action_patterns: Sequence[str] | None = None
    ) -> Grant: ...

    def grant_put(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant: ...

    def grant_put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant: ...

    def grant_delete(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant: ...

    def grant_read_write(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant: ...

    def grant_public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant: ...

    def grant_replication_permission(
        self,
        identity: IGrantable,
        props: GrantReplicationPermissionProps | None = None,
        *,
        destinations: Sequence[GrantReplicationPermissionDestinationProps] | None = None,
        source_decryption_key: IKey | None = None,
    ) -> Grant: ...

    def add_replication_policy(
        self, role_arn: str, access_control_transition: bool | None = None, account: str | None = None
    ) -> None: ...

    def add_event_notification(
        self, event: EventType, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None: ...

    def add_object_created_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None: ...

    def add_object_removed_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None: ...

    def enable_event_bridge_notification(self) -> None: ...

    def on_cloud_trail_event(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule: ...

    def on_cloud_trail_put_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule: ...

    def on_cloud_trail_write_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule: ...


@runtime_checkable
class IBucketNotificationDestination(Protocol):
    """A notification target (``l2.s3_notifications``): ``bind(scope, bucket)`` returns its config."""

    def bind(self, scope: Construct, bucket: IBucket) -> BucketNotificationDestinationConfig: ...
