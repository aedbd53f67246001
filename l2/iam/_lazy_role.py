"""``LazyRole``: a role that is only created when something uses it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource
from constructs.internals import js_for_each

from ._principals import AddToPrincipalPolicyResult, IPrincipal, PrincipalPolicyFragment
from ._refs import RoleReference
from ._role import Role

if TYPE_CHECKING:
    from ._grant import Grant
    from ._managed_policy import IManagedPolicy
    from ._policy import Policy
    from ._policy_document import PolicyDocument
    from ._policy_statement import PolicyStatement
    from ._principals import IGrantable


class LazyRole(Resource):
    """A ``Role`` (child ``Default``) created on first use of its ARN, name, id or principal.

    See ``Role`` for each keyword argument.

    Statements, managed policies and inline policies added before then are applied to the role when it is
    created; a LazyRole nobody reads renders nothing. The keywords are those of ``Role``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.LazyRole"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    assume_role_action = "sts:AssumeRole"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assumed_by: IPrincipal,
        description: str | None = None,
        external_ids: Sequence[str] | None = None,
        inline_policies: Mapping[str, PolicyDocument] | None = None,
        managed_policies: Sequence[IManagedPolicy] | None = None,
        max_session_duration: Duration | None = None,
        path: str | None = None,
        permissions_boundary: IManagedPolicy | None = None,
        role_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._props: dict[str, Any] = {
            "assumed_by": assumed_by, "description": description, "external_ids": external_ids,
            "inline_policies": inline_policies, "managed_policies": managed_policies,
            "max_session_duration": max_session_duration, "path": path,
            "permissions_boundary": permissions_boundary, "role_name": role_name,
        }
        self._role: Role | None = None
        self._statements: list[PolicyStatement] = []
        self._policies: list[Policy] = []
        self._managed_policies: list[IManagedPolicy] = []
        self.principal_account: str | Any = self.env.account

    def _instantiate(self) -> Role:
        if self._role is None:
            role = Role(self, "Default", **self._props)
            # as aws-cdk-lib's forEach(role.addToPolicy.bind(role)), ... (see js_for_each)
            js_for_each(role.add_to_policy, self._statements)
            js_for_each(role.attach_inline_policy, self._policies)
            js_for_each(role.add_managed_policy, self._managed_policies)
            self._role = role
        return self._role

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Add a statement to the role's default policy (kept until the role is created)."""
        if self._role is not None:
            return self._role.add_to_principal_policy(statement)
        self._statements.append(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add a statement to the role's default policy; always ``True``."""
        return self.add_to_principal_policy(statement).statement_added

    def attach_inline_policy(self, policy: Policy) -> None:
        """Attach an inline policy to the role."""
        if self._role is not None:
            self._role.attach_inline_policy(policy)
        else:
            self._policies.append(policy)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Attach a managed policy to the role."""
        if self._role is not None:
            self._role.add_managed_policy(policy)
        else:
            self._managed_policies.append(policy)

    @property
    def role_arn(self) -> str:
        """The role's ARN (creates the role)."""
        return self._instantiate().role_arn

    @property
    def role_id(self) -> str:
        """The role's stable unique id (creates the role)."""
        return self._instantiate().role_id

    @property
    def role_name(self) -> str:
        """The role's name (creates the role)."""
        return self._instantiate().role_name

    @property
    def role_ref(self) -> RoleReference:
        """The role's ARN and name (creates the role)."""
        return self._instantiate().role_ref

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The role as a principal (creates the role)."""
        return self._instantiate().policy_fragment

    @property
    def grant_principal(self) -> IPrincipal:
        """This role."""
        return self  # type: ignore[return-value]

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this role to ``identity``."""
        return self._instantiate().grant(identity, *actions)

    def grant_pass_role(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to pass this role."""
        return self._instantiate().grant_pass_role(identity)

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to assume this role."""
        return self._instantiate().grant_assume_role(identity)

    def __str__(self) -> str:
        return self.node.path
