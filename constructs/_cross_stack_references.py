"""``CrossStackReferences``: the strength of references a construct produces, or a scope consumes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import ValidationError

if TYPE_CHECKING:
    from constructs._reference_strength import ReferenceStrength

    from ._construct import IConstruct

DEFAULT_CROSS_STACK_REFERENCES = "@aws-cdk/core:defaultCrossStackReferences"


class CrossStackReferences:
    """``CrossStackReferences.of(scope).produce(strength)`` / ``.consume(strength)``."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> CrossStackReferences:
        """The cross-stack reference settings of ``scope``."""
        return CrossStackReferences(scope)

    def produce(self, strength: ReferenceStrength) -> None:
        """References to this construct's resource (its CfnResource, or its default child's) use ``strength``."""
        self._cfn_target().apply_cross_stack_reference_strength(strength)

    def consume(self, strength: ReferenceStrength) -> None:
        """References made from this scope default to ``strength`` (the ``defaultCrossStackReferences`` context)."""
        value = getattr(strength, "value", strength)
        self._scope.node.set_context(DEFAULT_CROSS_STACK_REFERENCES, value)

    def _cfn_target(self) -> Any:
        from ._cfn_resource import CfnResource

        child = self._scope.node.default_child
        if isinstance(child, CfnResource):
            return child
        if isinstance(self._scope, CfnResource):
            return self._scope
        raise ValidationError(
            "Cannot apply cross-stack reference strength: scope has no default child CfnResource and is not a "
            "CfnResource itself.",
            self._scope,
        )
