"""``BucketGrants``: the permission helpers behind ``Bucket.grant_*`` (aws-cdk-lib's ``bucket.grants``).

Bucket actions go to the grantee's identity policy (or the bucket policy across accounts); ``kms:*`` actions in
the same list are granted on the bucket's encryption key instead, when it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ValidationError
from l2._private.grants import KeyedResourceGrants
from l2._private.iam_module import iam
from l2.s3._private import perms

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey
    from l2.s3._interfaces import IBucket
    from l2.s3._types import GrantReplicationPermissionDestinationProps, GrantReplicationPermissionProps


# actions -> (the bucket's actions, the key's actions)
_SPLIT: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}


class _KeyedBucketGrants(KeyedResourceGrants):
    """The shared grant shape (actions on the bucket, key actions on its key) for one bucket."""

    def _arn(self) -> str:
        return self._resource.bucket_arn

    def _key(self) -> Any:
        return self._resource.encryption_key


class BucketGrants:
    """Grants on one bucket and its objects.

    Args:
        bucket: the bucket the grants are on.
    """

    def __init__(self, bucket: IBucket) -> None:
        self._bucket: Any = bucket  # a BucketBase (the attributes the grants read are not all on IBucket)
        self._keyed = _KeyedBucketGrants(bucket)

    @staticmethod
    def from_bucket(bucket: IBucket) -> BucketGrants:
        """The grants of ``bucket``."""
        return BucketGrants(bucket)

    def _grant(self, grantee: Any, actions: tuple[str, ...], resource_arns: list[str]) -> Any:
        """Grant the ``s3:`` actions on ``resource_arns`` and the ``kms:`` ones on the bucket's key."""
        split = _SPLIT.get(actions)
        if split is None:  # the helpers' action lists are a few constants: each is split once
            split = (tuple(a for a in actions if not a.startswith("kms:")),
                     tuple(a for a in actions if a.startswith("kms:")))
            if len(_SPLIT) < 256:
                _SPLIT[actions] = split
        return self._keyed.actions(grantee, split[0], key_actions=split[1], resource_arns=resource_arns)

    def actions_on_object_keys(
        self, identity: IGrantable, objects_key_pattern: str | None = None, *actions: str
    ) -> Grant:
        """Grant ``actions`` on the objects matching ``objects_key_pattern`` (default ``*``)."""
        pattern = "*" if objects_key_pattern is None else objects_key_pattern
        return self._grant(identity, actions, [self._bucket.arn_for_objects(pattern)])  # type: ignore[no-any-return]

    def actions_on_bucket_and_object_keys(
        self, identity: IGrantable, objects_key_pattern: str | None = None, *actions: str
    ) -> Grant:
        """Grant ``actions`` on the bucket and on the objects matching ``objects_key_pattern`` (default ``*``)."""
        pattern = "*" if objects_key_pattern is None else objects_key_pattern
        return self._grant(  # type: ignore[no-any-return]
            identity, actions, [self._bucket.bucket_arn, self._bucket.arn_for_objects(pattern)]
        )

    def read(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """``s3:GetObject*``, ``s3:GetBucket*``, ``s3:List*`` (and key decrypt)."""
        return self.actions_on_bucket_and_object_keys(
            identity, objects_key_pattern, *perms.BUCKET_READ_ACTIONS, *perms.KEY_READ_ACTIONS
        )

    def write(self, identity: IGrantable, objects_key_pattern: str | None = "*", allowed_action_patterns: Sequence[str] | None = None) -> Grant:
        """Deleting and putting objects (and key encrypt/decrypt); ``allowed_action_patterns`` narrows the actions."""
        actions = tuple(allowed_action_patterns) if allowed_action_patterns else self._write_actions
        return self.actions_on_bucket_and_object_keys(identity, objects_key_pattern, *actions, *perms.KEY_WRITE_ACTIONS)

    def put(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Putting objects (and key encrypt/decrypt)."""
        return self.actions_on_object_keys(
            identity, objects_key_pattern, *perms.BUCKET_PUT_ACTIONS, *perms.KEY_WRITE_ACTIONS
        )

    def put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Setting object ACLs."""
        return self.actions_on_object_keys(identity, objects_key_pattern, *perms.BUCKET_PUT_ACL_ACTIONS)

    def delete(self, grantee: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """``s3:DeleteObject*``."""
        return self.actions_on_object_keys(grantee, objects_key_pattern, *perms.BUCKET_DELETE_ACTIONS)

    def read_write(self, identity: IGrantable, objects_key_pattern: str | None = "*") -> Grant:
        """Read and write (and the union of the key actions)."""
        key_actions = tuple(dict.fromkeys(perms.KEY_READ_ACTIONS + perms.KEY_WRITE_ACTIONS))
        return self.actions_on_bucket_and_object_keys(
            identity, objects_key_pattern, *perms.BUCKET_READ_ACTIONS, *self._write_actions, *key_actions
        )

    def replication_permission(
        self,
        identity: IGrantable,
        props: GrantReplicationPermissionProps | None = None,
        *,
        destinations: Sequence[GrantReplicationPermissionDestinationProps] | None = None,
        source_decryption_key: IKey | None = None,
    ) -> Grant:
        """Let ``identity`` replicate objects to ``destinations`` (or a ``GrantReplicationPermissionProps``).

        Args:
            identity: the principal, usually the replication role.
            props: the destinations and key as one ``GrantReplicationPermissionProps`` (instead of the keywords).
            destinations: the destination buckets (and their keys).
            source_decryption_key: the key encrypting this bucket's objects, if customer-managed.
        """
        from l2.s3._replication import grant_replication_permission
        from l2.s3._types import GrantReplicationPermissionProps

        if props is None:
            props = GrantReplicationPermissionProps(
                destinations=list(destinations or []), source_decryption_key=source_decryption_key
            )
        return grant_replication_permission(self._bucket, identity, props)  # type: ignore[no-any-return]

    def public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant:
        """Allow anyone ``allowed_actions`` (default ``s3:GetObject``) on keys matching ``key_prefix``.

        Raises:
            ValidationError: the bucket blocks public policies.
        """
        if self._bucket.disallow_public_access:
            raise ValidationError("Cannot grant public access when 'blockPublicPolicy' is enabled", self._bucket)
        actions = allowed_actions or ("s3:GetObject",)
        return self.actions_on_object_keys(iam().AnyPrincipal(), key_prefix or "*", *actions)

    @property
    def _write_actions(self) -> tuple[str, ...]:
        """``s3:DeleteObject*`` plus the put actions (without ACLs: ``grantWriteWithoutAcl`` is on in v2)."""
        return perms.BUCKET_DELETE_ACTIONS + perms.BUCKET_PUT_ACTIONS
