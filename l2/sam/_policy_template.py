"""``SamPolicyTemplate``: the base of the typed SAM policy templates (``l2.sam._policy_templates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from constructs import IResolveContext


class SamPolicyTemplate:
    """A SAM policy template for ``CfnFunction(policies=[...])`` (or a state machine's ``policies``).

    Each subclass is one template of the AWS SAM translator's policy template list; its keyword arguments are the
    template's parameters (tokens welcome). It is a resolvable: in an L1 property it renders as SAM's form,
    ``{"DynamoDBCrudPolicy": {"TableName": ...}}`` (``{"AMIDescribePolicy": {}}`` for a template without
    parameters), and the SAM transform expands it into IAM policy statements.
    """

    __slots__ = ()

    #: the template's name in SAM's policy template list
    TEMPLATE_NAME: ClassVar[str] = ""
    #: (keyword argument, SAM parameter name) for each parameter, in SAM's order
    PARAMETERS: ClassVar[tuple[tuple[str, str], ...]] = ()

    @property
    def creation_stack(self) -> list[str]:
        """Where the token was created (not captured)."""
        return ["Token stack traces are no longer captured"]

    def to_policy(self) -> dict[str, Any]:
        """SAM's form of this template, unresolved: ``{TEMPLATE_NAME: {Parameter: value, ...}}``."""
        return {self.TEMPLATE_NAME: {sam: getattr(self, attr) for attr, sam in self.PARAMETERS}}

    def resolve(self, context: IResolveContext) -> object:
        """SAM's form of this template with its parameter values resolved."""
        return context.resolve(self.to_policy())
