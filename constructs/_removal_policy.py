"""``RemovalPolicy``: what happens to a resource when it leaves the stack."""

from __future__ import annotations

import enum

from constructs._private import structs


class RemovalPolicy(enum.Enum):
    """What CloudFormation does with a resource removed from the stack (or replaced)."""

    DESTROY = "destroy"
    RETAIN = "retain"
    SNAPSHOT = "snapshot"
    RETAIN_ON_UPDATE_OR_DELETE = "retain-on-update-or-delete"


class CfnDeletionPolicy(enum.Enum):
    """Values of the DeletionPolicy / UpdateReplacePolicy attributes."""

    DELETE = "Delete"
    RETAIN = "Retain"
    RETAIN_EXCEPT_ON_CREATE = "RetainExceptOnCreate"
    SNAPSHOT = "Snapshot"


_POLICIES: dict[RemovalPolicy, tuple[CfnDeletionPolicy, CfnDeletionPolicy]] = {
    RemovalPolicy.DESTROY: (CfnDeletionPolicy.DELETE, CfnDeletionPolicy.DELETE),
    RemovalPolicy.RETAIN: (CfnDeletionPolicy.RETAIN, CfnDeletionPolicy.RETAIN),
    RemovalPolicy.SNAPSHOT: (CfnDeletionPolicy.SNAPSHOT, CfnDeletionPolicy.SNAPSHOT),
    RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE: (CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE, CfnDeletionPolicy.RETAIN),
}


def deletion_policies(policy: RemovalPolicy) -> tuple[CfnDeletionPolicy, CfnDeletionPolicy]:
    """(DeletionPolicy, UpdateReplacePolicy) for a removal policy."""
    return _POLICIES[policy]


@structs.frozen(kw_only=True)
class RemovalPolicyOptions:
    """The options of ``CfnResource.apply_removal_policy``: the default policy and whether UpdateReplacePolicy is
    set too.

    Args:
        apply_to_update_replace_policy: set the ``UpdateReplacePolicy`` to the same policy (default true).
        default: the policy used when none is given (default: the resource's own default).
    """

    apply_to_update_replace_policy: bool | None = None
    default: RemovalPolicy | None = None
