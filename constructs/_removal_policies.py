"""``RemovalPolicies`` and ``MissingRemovalPolicies``: set the removal policy of every resource below a scope."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._removal_policy import RemovalPolicy

if TYPE_CHECKING:
    from ._construct import IConstruct


@structs.frozen(kw_only=True)
class RemovalPolicyProps:
    """Which resources a scope-wide removal policy applies to, and its aspect priority.

    Args:
        apply_to_resource_types: the CloudFormation types it applies to (default every type).
        exclude_resource_types: the CloudFormation types it leaves alone (default none).
        priority: the priority of its aspect (lower runs first; default that of mutating aspects).
    """

    apply_to_resource_types: Sequence[str] | None = None
    exclude_resource_types: Sequence[str] | None = None
    priority: int | None = None


class _RemovalPolicyAspect:
    """Applies a removal policy to the CfnResources it visits (types filtered; an existing policy kept unless
    ``overwrite``)."""

    def __init__(self, policy: RemovalPolicy, props: RemovalPolicyProps, overwrite: bool) -> None:
        self.policy = policy
        self.props = props
        self.overwrite = overwrite

    def visit(self, node: Any) -> None:
        from ._cfn_resource import CfnResource

        if not isinstance(node, CfnResource):
            return
        resource_type = node.cfn_resource_type
        if self.props.exclude_resource_types and resource_type in self.props.exclude_resource_types:
            return
        if self.props.apply_to_resource_types and resource_type not in self.props.apply_to_resource_types:
            return
        options = node.cfn_options
        if not self.overwrite and (options.deletion_policy is not None or options.update_replace_policy is not None):
            return
        node.apply_removal_policy(self.policy)


def _props(
    apply_to_resource_types: Sequence[str] | None, exclude_resource_types: Sequence[str] | None, priority: int | None
) -> RemovalPolicyProps:
    for name, value in (("apply_to_resource_types", apply_to_resource_types),
                        ("exclude_resource_types", exclude_resource_types)):
        if value is not None and (isinstance(value, str) or not all(isinstance(v, str) for v in value)):
            raise TypeError(f"{name} must be a list of resource type strings, got {value!r}")
    if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int)):
        raise TypeError(f"priority must be an int, got {type(priority).__name__}")
    return RemovalPolicyProps(
        apply_to_resource_types=apply_to_resource_types, exclude_resource_types=exclude_resource_types,
        priority=priority,
    )


class _ScopedPolicies:
    _overwrite = True

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    def apply(
        self,
        policy: RemovalPolicy,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply ``policy`` to the resources below the scope (through an aspect)."""
        from ._aspects import Aspects

        if not isinstance(policy, RemovalPolicy):
            raise TypeError(f"policy must be a RemovalPolicy, got {type(policy).__name__}")
        props = _props(apply_to_resource_types, exclude_resource_types, priority)
        Aspects.of(self._scope).add(
            _RemovalPolicyAspect(policy, props, self._overwrite),
            priority=priority if priority is not None else self._default_priority(),
        )
        self._after_apply(priority)

    def _default_priority(self) -> int:
        from ._aspects import mutating_aspect_priority

        return mutating_aspect_priority(self._scope)

    def _after_apply(self, priority: int | None) -> None:
        pass

    def destroy(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply DESTROY."""
        self.apply(RemovalPolicy.DESTROY, apply_to_resource_types=apply_to_resource_types,
                   exclude_resource_types=exclude_resource_types, priority=priority)

    def retain(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RETAIN."""
        self.apply(RemovalPolicy.RETAIN, apply_to_resource_types=apply_to_resource_types,
                   exclude_resource_types=exclude_resource_types, priority=priority)

    def snapshot(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply SNAPSHOT."""
        self.apply(RemovalPolicy.SNAPSHOT, apply_to_resource_types=apply_to_resource_types,
                   exclude_resource_types=exclude_resource_types, priority=priority)

    def retain_on_update_or_delete(
        self,
        *,
        apply_to_resource_types: Sequence[str] | None = None,
        exclude_resource_types: Sequence[str] | None = None,
        priority: int | None = None,
    ) -> None:
        """Apply RETAIN_ON_UPDATE_OR_DELETE."""
        self.apply(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, apply_to_resource_types=apply_to_resource_types,
                   exclude_resource_types=exclude_resource_types, priority=priority)


class RemovalPolicies(_ScopedPolicies):
    """Set the removal policy of every resource below a scope, replacing any policy already set (the aspect's
    priority: MUTATING with ``@aws-cdk/core:aspectPrioritiesMutating``, else DEFAULT):
    ``RemovalPolicies.of(scope).destroy()``."""

    @staticmethod
    def of(scope: IConstruct) -> RemovalPolicies:
        """The removal policies API of ``scope``."""
        return RemovalPolicies(scope)


class MissingRemovalPolicies(_ScopedPolicies):
    """Set the removal policy of the resources below a scope that have none yet:
    ``MissingRemovalPolicies.of(scope).retain()``."""

    _overwrite = False

    @staticmethod
    def of(scope: IConstruct) -> MissingRemovalPolicies:
        """The missing-removal-policies API of ``scope``."""
        return MissingRemovalPolicies(scope)

    def _default_priority(self) -> int:
        from ._aspects import AspectPriority

        return AspectPriority.MUTATING

    def _after_apply(self, priority: int | None) -> None:
        if priority is not None:
            from ._annotations import Annotations

            Annotations.of(self._scope).add_warning_v2(
                f"Warning MissingRemovalPolicies with priority in {self._scope.node.path}",
                "Applying a MissingRemovalPolicy with `priority` can lead to unexpected behavior since it only "
                "applies to resources without existing policies. Please refer to the documentation for more "
                "details.",
            )
