"""``Policy``: an inline policy (``AWS::IAM::Policy``) attached to roles, users and groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from constructs import Construct, Lazy, Resource, Token, ValidationError
from constructs.internals import cached_property
from l1._private.interfaces.iam import IPolicyRef
from l1.iam import CfnPolicy

from ._policy_document import PolicyDocument
from ._policy_statement import PolicyStatement
from ._principals import AddToPrincipalPolicyResult, ArnPrincipal, PrincipalPolicyFragment
from ._private.util import generate_policy_name
from ._refs import PolicyReference

if TYPE_CHECKING:
    from ._group import IGroup
    from ._role import IRole
    from ._user import IUser


class IPolicy(IPolicyRef, Protocol):
    """An inline policy."""

    @property
    def policy_name(self) -> str: ...


class _CfnPolicyConditional(CfnPolicy):
    """Synthesized only when the policy has statements and is attached (or is forced / referenced)."""

    def __init__(self, owner: Policy, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._owner = owner

    def _should_synthesize(self) -> bool:
        o = self._owner
        return o._force or o._reference_taken or (not o.document.is_empty and o.is_attached)


class Policy(Resource):
    """An inline IAM policy (``AWS::IAM::Policy``).

    The policy renders only if it has statements and is attached to a role, user or group (or
    ``force=True``). Its default name is its logical id (last 128 characters).

    Args:
        document: the initial document (default: empty).
        force: always create the policy, and fail validation if it is empty or unattached.
        groups: groups to attach to.
        policy_name: the name (default: the logical id).
        roles: roles to attach to.
        statements: statements to add.
        users: users to attach to.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.Policy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    @property
    def policy_ref(self) -> PolicyReference:
        """The policy's id (its ``Ref``)."""
        return PolicyReference(policy_id=self._resource.ref)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        document: PolicyDocument | None = None,
        force: bool | None = None,
        groups: Sequence[IGroup] | None = None,
        policy_name: str | None = None,
        roles: Sequence[IRole] | None = None,
        statements: Sequence[PolicyStatement] | None = None,
        users: Sequence[IUser] | None = None,
    ) -> None:
        physical = policy_name or Token.as_string(_GeneratedName(self))
        super().__init__(scope, id, physical_name=physical)
        self.document: PolicyDocument = document or PolicyDocument()
        self._roles: list[IRole] = []
        # users and groups: an empty tuple (shared, untracked) until the first attachment makes a list
        self._users: Sequence[IUser] = ()
        self._groups: Sequence[IGroup] = ()
        self._force = bool(force)
        self._reference_taken = False
        resource = _CfnPolicyConditional(
            self,
            self,
            "Resource",
            policy_document=self.document,
            policy_name=self.physical_name,
            roles=Token.as_list(role_names := _RoleNames(self)),
            # users and groups get their lazy list on the first attachment (empty lists are omitted anyway)
        )
        self._resource = resource
        self._policy_name = self.physical_name
        for u in users or ():
            self.attach_to_user(u)
        for g in groups or ():
            self.attach_to_group(g)
        for r in roles or ():
            self.attach_to_role(r)
        for s in statements or ():
            self.add_statements(s)
        self.node.add_validation(role_names)  # the roles' token is the policy's _PolicyValidation too

    # Producers of the lazy properties of the L1 resource.
    def _role_names(self) -> list[Any]:
        # a Role's name as a resolvable: resolved in the same pass, without a string token per role
        out: list[Any] = []
        for r in self._roles:
            value = getattr(r, "_role_name_value", None)
            out.append(value() if value is not None else r.role_name)
        return out

    def _user_names(self) -> list[str]:
        return [u.user_name for u in self._users]

    def _group_names(self) -> list[str]:
        return [g.group_name for g in self._groups]

    @cached_property
    def grant_principal(self) -> _PolicyGrantPrincipal:
        """Grants to the policy add statements to it (built on first use)."""
        return _PolicyGrantPrincipal(self)

    @staticmethod
    def from_policy_name(scope: Construct, id: str, policy_name: str) -> IPolicy:
        """Refer to an existing inline policy by name."""
        return _ImportedPolicy(scope, id, policy_name)

    @property
    def policy_name(self) -> str:
        """The policy's name (reading it forces the policy to be synthesized)."""
        self._reference_taken = True
        return self._policy_name

    @property
    def policy_id(self) -> str:
        """The policy's id (``Fn::GetAtt Id``)."""
        return self._resource.attr_id

    @property
    def is_attached(self) -> bool:
        """True when attached to at least one role, user or group."""
        return bool(self._roles or self._users or self._groups)

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Add statements to the document."""
        self.document.add_statements(*statement)

    def attach_to_role(self, role: IRole) -> None:
        """Attach to a role (no-op if a role with the same ARN is attached)."""
        if any(r.role_arn == role.role_arn for r in self._roles):
            return
        self._roles.append(role)
        role.attach_inline_policy(self)

    def attach_to_user(self, user: IUser) -> None:
        """Attach to a user (no-op if a user with the same ARN is attached)."""
        if any(u.user_arn == user.user_arn for u in self._users):
            return
        if not self._users:
            self._resource.users = Lazy.list(self._user_names, omit_empty=True)
            self._users = []
        self._users.append(user)  # type: ignore[attr-defined]
        user.attach_inline_policy(self)

    def attach_to_group(self, group: IGroup) -> None:
        """Attach to a group (no-op if a group with the same ARN is attached)."""
        if any(g.group_arn == group.group_arn for g in self._groups):
            return
        if not self._groups:
            self._resource.groups = Lazy.list(self._group_names, omit_empty=True)
            self._groups = []
        self._groups.append(group)  # type: ignore[attr-defined]
        group.attach_inline_policy(self)


class _GeneratedName:
    """The default ``PolicyName`` (the logical id), computed on the first resolution and kept: what
    ``Lazy.string`` of a producer does, as one object per policy instead of a lazy and a bound method."""

    __slots__ = ("_policy", "_value")

    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._value: str | None = None

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> str:
        if self._value is None:
            self._value = generate_policy_name(self._policy._resource._resolved_logical_id())
        return self._value


class _PolicyValidation:
    __slots__ = ("_policy",)

    def __init__(self, policy: Policy) -> None:
        self._policy = policy

    def validate(self) -> list[str]:
        p = self._policy
        result: list[str] = []
        if p.document.is_empty:
            if p._force:
                result.append("Policy created with force=true is empty. You must add statements to the policy")
            if not p._force and p._reference_taken:
                result.append("This Policy has been referenced by a resource, so it must contain at least one statement.")
        if not p.is_attached:
            if p._force:
                result.append("Policy created with force=true must be attached to at least one principal: user, group or role")
            if not p._force and p._reference_taken:
                result.append(
                    "This Policy has been referenced by a resource, so it must be attached to at least one user, group or role."
                )
        result.extend(p.document.validate_for_identity_policy())
        return result


class _RoleNames(_PolicyValidation):
    """The ``Roles`` of the policy, computed on the first resolution and kept (``None`` when empty): what
    ``Lazy.list(policy._role_names, omit_empty=True)`` does, as one object per policy instead of two. The policy
    registers it as its validation too (a ``_PolicyValidation``): one helper object per policy."""

    __slots__ = ("_value",)

    def __init__(self, policy: Policy) -> None:
        super().__init__(policy)
        self._value: list[Any] | None = None

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> list[Any] | None:
        if self._value is None:
            self._value = self._policy._role_names()
        return self._value or None


class _ImportedPolicy(Resource):
    def __init__(self, scope: Construct, id: str, policy_name: str) -> None:
        super().__init__(scope, id)
        self.policy_name = policy_name


_NEEDS_PRINCIPAL = (
    "This grant operation needs to add a resource policy so needs access to a principal. "
    "Grant permissions to a Role or User, instead of a {kind}."
)


class _PolicyGrantPrincipal:
    """Grants to a Policy add statements to it; resource policies cannot name it."""

    def __init__(self, policy: Any, kind: str = "Policy") -> None:
        self._policy = policy
        self._kind = kind
        self.principal_account: Any = policy.env.account

        def fail() -> str:
            raise ValidationError(_NEEDS_PRINCIPAL.format(kind=kind), policy)

        self.policy_fragment: PrincipalPolicyFragment = ArnPrincipal(Lazy.string(fail)).policy_fragment

    @property
    def grant_principal(self) -> _PolicyGrantPrincipal:
        return self

    @property
    def assume_role_action(self) -> str:
        raise ValidationError(_NEEDS_PRINCIPAL.format(kind=self._kind), self._policy)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        self._policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._policy)

    def __str__(self) -> str:
        return f"{self._kind}({self._policy.node.path})"
