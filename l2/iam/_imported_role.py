"""Roles referenced by ARN: ``_ImportedRole`` (mutable, gets an inline ``Policy``) and ``_ImmutableRole``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Dependable,
    DependencyGroup,
    FeatureFlags,
    Names,
    Resource,
    Token,
    TokenComparison,
)

from ._grant import Grant
from ._managed_policy import IManagedPolicy
from ._policy import Policy
from ._policy_statement import PolicyStatement
from ._principals import AddToPrincipalPolicyResult, ArnPrincipal
from ._private.util import MAX_POLICY_NAME_LEN, attach_policy
from ._refs import RoleReference

IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME = "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName"

if TYPE_CHECKING:
    from ._principals import IGrantable


class _ImportedRole(Resource):
    """A role referenced by ARN; statements go to an inline policy ``Policy`` under it."""

    assume_role_action = "sts:AssumeRole"

    def __init__(self, scope: Construct, id: str, *, role_arn: str, role_name: str, account: str | None,
                 default_policy_name: str | None) -> None:
        super().__init__(scope, id, account=account)
        self.role_arn = role_arn
        self.role_name = role_name
        self.principal_account = account
        self.policy_fragment = ArnPrincipal(role_arn).policy_fragment
        self._default_policy_name = default_policy_name
        self.default_policy: Policy | None = None
        self._attached_policies: tuple[Policy, ...] = ()

    @property
    def grant_principal(self) -> _ImportedRole:
        return self

    @property
    def role_ref(self) -> RoleReference:
        """The role's ARN and name."""
        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        if self.default_policy is None:
            unique = FeatureFlags.of(self).is_enabled(IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME)
            name = self._default_policy_name or self._default_default_policy_name(unique)
            # with the flag, the name is also the policy's physical name
            self.default_policy = Policy(self, name, policy_name=name) if unique else Policy(self, name)
            self.attach_inline_policy(self.default_policy)
        self.default_policy.add_statements(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self.default_policy)

    def _default_default_policy_name(self, unique: bool) -> str:
        """``Policy``, or with the stack-safe-name flag ``Policy`` + the role's unique id (shortened to fit)."""
        prefix = "Policy"
        if not unique:
            return prefix
        name = prefix + Names.unique_id(self)
        if len(name) > MAX_POLICY_NAME_LEN:
            name = prefix + Names.unique_resource_name(self, max_length=MAX_POLICY_NAME_LEN - len(prefix))
        return name

    def attach_inline_policy(self, policy: Policy) -> None:
        cmp = Token.compare_strings(self.env.account, policy.env.account)
        if cmp in (TokenComparison.SAME, TokenComparison.BOTH_UNRESOLVED, TokenComparison.ONE_UNRESOLVED):
            self._attached_policies = attach_policy(self._attached_policies, policy)
            policy.attach_to_role(self)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        attach = getattr(policy, "attach_to_role", None)
        if attach is not None:
            attach(self)
        else:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy",
                f"Can't combine imported IManagedPolicy: {policy.managed_policy_arn} to imported role IRole: "
                f"{self.role_name}. Use ManagedPolicy directly.",
            )

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        return Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=[self.role_arn])

    def grant_pass_role(self, identity: IGrantable) -> Grant:
        return self.grant(identity, "iam:PassRole")

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        return self.grant(identity, "sts:AssumeRole")

    def dedupe_string(self) -> str:
        return f"ImportedRole:{self.role_arn}"

    def __str__(self) -> str:
        return self.node.path


class _ImmutableRole(Construct):
    """A role view whose policy additions are dropped (optionally sent to resource policies instead)."""

    def __init__(self, scope: Construct, id: str, role: Any, add_grants_to_resources: bool) -> None:
        super().__init__(scope, id)
        self._role = role
        self._add_grants_to_resources = add_grants_to_resources
        # a dependency on this view is a dependency on the role (aws-cdk-lib's ImmutableRole)
        Dependable.implement(self, DependencyGroup(role))
        self.assume_role_action = role.assume_role_action
        self.policy_fragment = role.policy_fragment
        self.principal_account = role.principal_account
        self.role_arn = role.role_arn
        self.role_name = role.role_name
        self.stack = role.stack
        self.env = role.env

    @property
    def grant_principal(self) -> _ImmutableRole:
        return self

    @property
    def role_ref(self) -> RoleReference:
        """The wrapped role's reference."""
        return self._role.role_ref  # type: ignore[no-any-return]

    def attach_inline_policy(self, policy: Policy) -> None:
        """Ignored."""

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Ignored."""

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        return AddToPrincipalPolicyResult(statement_added=not self._add_grants_to_resources,
                                          policy_dependable=DependencyGroup())

    # the grants are the wrapped role's (as aws-cdk-lib's: its analytics metadata records them there too)
    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        return self._role.grant(grantee, *actions)  # type: ignore[no-any-return]

    def grant_pass_role(self, grantee: IGrantable) -> Grant:
        return self._role.grant_pass_role(grantee)  # type: ignore[no-any-return]

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        return self._role.grant_assume_role(identity)  # type: ignore[no-any-return]

    def apply_removal_policy(self, policy: Any) -> None:
        """Ignored."""

    def __str__(self) -> str:
        return self.node.path
