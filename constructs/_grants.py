"""The option structs of aws-cdk-lib's generated ``<Resource>Grants`` classes (``grants.actions(...)``)."""

from __future__ import annotations

from collections.abc import Sequence

from ._private import structs


@structs.frozen(kw_only=True)
class PermissionsOptions:
    """Options of a grant of actions on a resource.

    Args:
        resource_arns: the ARNs to grant the actions on (default the ARN of the resource granted on).
    """

    resource_arns: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class EncryptedPermissionsOptions(PermissionsOptions):
    """Options of a grant of actions on an encrypted resource.

    Args:
        resource_arns: the ARNs to grant the actions on (default the ARN of the resource granted on).
        key_actions: the KMS key actions to grant too (default none, even when the resource has a key).
    """

    key_actions: Sequence[str] | None = None
