"""``PermissionsBoundary.of(scope).apply(policy)``: set the boundary of every role and user below a scope."""

from __future__ import annotations

from typing import Any

from constructs import Aspects, CfnResource, IConstruct

from ._managed_policy import IManagedPolicy
from ._private.util import mutating_aspect_priority

_TYPES = ("AWS::IAM::Role", "AWS::IAM::User")


class _BoundaryAspect:
    __slots__ = ("_arn",)

    def __init__(self, arn: str | None) -> None:
        self._arn = arn

    def visit(self, node: Any) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type in _TYPES:
            if self._arn is None:
                node.add_property_deletion_override("PermissionsBoundary")
            else:
                node.add_property_override("PermissionsBoundary", self._arn)


class PermissionsBoundary:
    """Apply or clear a permissions boundary on all roles and users in a scope (through an aspect)."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> PermissionsBoundary:
        """The permissions-boundary helper of ``scope``."""
        return PermissionsBoundary(scope)

    def apply(self, boundary_policy: IManagedPolicy) -> None:
        """Set ``PermissionsBoundary`` of every ``AWS::IAM::Role`` / ``AWS::IAM::User`` below the scope."""
        Aspects.of(self._scope).add(_BoundaryAspect(boundary_policy.managed_policy_arn),
                                    priority=mutating_aspect_priority(self._scope))

    def clear(self) -> None:
        """Remove ``PermissionsBoundary`` from every role and user below the scope."""
        Aspects.of(self._scope).add(_BoundaryAspect(None), priority=mutating_aspect_priority(self._scope))
