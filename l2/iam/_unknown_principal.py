"""``UnknownPrincipal``: the principal of a resource imported without its role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Annotations, DependencyGroup, Stack, UnscopedValidationError

from ._principals import AddToPrincipalPolicyResult, PrincipalPolicyFragment
from ._private.util import json_key

if TYPE_CHECKING:
    from constructs import IConstruct

    from ._policy_statement import PolicyStatement


class UnknownPrincipal:
    """A principal whose identity is unknown: statements added to it only produce a warning.

    Args:
        resource: the construct the principal belongs to (warnings are attached to it).
    """

    assume_role_action = "sts:AssumeRole"
    principal_account: str | None = None

    def __init__(self, *, resource: IConstruct) -> None:
        self.resource = resource

    @property
    def grant_principal(self) -> UnknownPrincipal:
        """The principal itself."""
        return self

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """Not available.

        Raises:
            UnscopedValidationError: always; the resource was imported without a role.
        """
        raise UnscopedValidationError(
            f"Cannot get policy fragment of {self.resource.node.path}, resource imported without a role"
        )

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Warn that the statement must be added to the resource's role by hand."""
        rendered = json_key(Stack.of(self.resource).resolve(statement.to_statement_json()))
        Annotations.of(self.resource).add_warning_v2(
            "@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole", f"Add statement to this resource's role: {rendered}"
        )
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=DependencyGroup())

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Same as ``add_to_principal_policy``."""
        return self.add_to_principal_policy(statement).statement_added
