"""``IBucket`` and ``IBucketNotificationDestination``: the interfaces of buckets and notification targets."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class IBucket(Protocol):
    """An S3 bucket: ``Bucket`` or one returned by ``Bucket.from_bucket_*``."""

    bucket_arn: str
    bucket_name: str
    bucket_domain_name: str
    bucket_regional_domain_name: str
    bucket_website_url: str
    encryption_key: Any

    def add_to_resource_policy(self, permission: Any) -> Any: ...

    def arn_for_objects(self, key_pattern: str) -> str: ...

    def grant_read(self, identity: Any, objects_key_pattern: Any = "*") -> Any: ...

    def grant_write(self, identity: Any, objects_key_pattern: Any = "*", allowed_action_patterns: Any = None) -> Any: ...


@runtime_checkable
class IBucketNotificationDestination(Protocol):
    """A notification target (``l2.s3_notifications``): ``bind(scope, bucket)`` returns its config."""

    def bind(self, scope: Any, bucket: Any) -> Any: ...
