"""``Grant``: the result of giving a grantee permissions, on its identity policy and/or a resource policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Dependable, IDependable, Token, TokenComparison, UnscopedValidationError
from constructs.internals import check_deprecated_props, structs

from ._policy_statement import PolicyStatement

if TYPE_CHECKING:
    from constructs import IConstruct, ResourceEnvironment

    from ._principals import IGrantable, IPrincipal


@structs.frozen(kw_only=True)
class AddToResourcePolicyResult:
    """Result of ``IResourceWithPolicy.add_to_resource_policy``.

    Args:
        statement_added: whether the statement was added.
        policy_dependable: what to depend on for the statement to be in effect (default: the resource).
    """

    statement_added: bool
    policy_dependable: IDependable | None = None


@runtime_checkable
class IResourceWithPolicy(Protocol):
    """A resource with a resource policy (bucket, queue, topic, key ...)."""

    @property
    def env(self) -> ResourceEnvironment: ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult: ...


class _ListDependable(Dependable):
    __slots__ = ("_grant",)

    def __init__(self, grant: Grant) -> None:
        self._grant = grant

    @property
    def dependency_roots(self) -> list[IConstruct]:
        out: list[IConstruct] = []
        seen: set[int] = set()
        for d in self._grant._dependables:
            for root in Dependable.of(d).dependency_roots:
                if id(root) not in seen:
                    seen.add(id(root))
                    out.append(root)
        return out


class CompositeDependable:
    """Several dependables as one."""

    def __init__(self, *dependables: IDependable) -> None:
        self._dependables = dependables
        Dependable.implement(self, _Concat(dependables))


class _Concat(Dependable):
    __slots__ = ("_items",)

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = items

    @property
    def dependency_roots(self) -> list[IConstruct]:
        return [r for d in self._items for r in Dependable.of(d).dependency_roots]


class _TraitOnAccess:
    """A grant's ``_dependable_trait``: a new ``_ListDependable`` of the grant on each access (a non-data
    descriptor, so a trait set with ``Dependable.implement`` in the instance's ``__dict__`` takes precedence)."""

    __slots__ = ()

    def __get__(self, grant: Any, owner: Any = None) -> Any:
        return self if grant is None else _ListDependable(grant)


def _new_grant(grantee: Any, actions: Sequence[str], resource_arns: Sequence[str],
               principal_statement: PolicyStatement | None = None, resource_statement: PolicyStatement | None = None,
               policy_dependable: Any = None) -> Grant:
    """``Grant(...)`` for pycdk's own factories, whose arguments are checked where they come in."""
    grant = object.__new__(Grant)
    grant._setup(grantee, actions, resource_arns, principal_statement, resource_statement, policy_dependable)
    return grant


def _describe(grantee: Any, actions: Sequence[str], resource_arns: Sequence[str]) -> str:
    return f"Permissions for '{grantee}' to call '{','.join(actions)}' on '{','.join(resource_arns)}'"


def to_principal(grantee: Any, actions: Sequence[str], resource_arns: Sequence[str], conditions: Any = None) -> Grant:
    """``Grant.add_to_principal``, for callers that checked the arguments' types (the public method checks them)."""
    statement = PolicyStatement(actions=actions, resources=resource_arns, conditions=conditions)
    added = grantee.grant_principal.add_to_principal_policy(statement)
    if not added.statement_added:
        return _new_grant(grantee, actions, resource_arns)
    if added.policy_dependable is None:
        raise UnscopedValidationError(
            "Contract violation: when Principal returns statementAdded=true, it should return a dependable"
        )
    return _new_grant(grantee, actions, resource_arns, principal_statement=statement,
                      policy_dependable=added.policy_dependable)


def to_principal_or_resource(grantee: Any, actions: Sequence[str], resource_arns: Sequence[str], resource: Any,
                             resource_self_arns: Sequence[str] | None = None, conditions: Any = None) -> Grant:
    """``Grant.add_to_principal_or_resource``, for callers that checked the arguments' types (pycdk's grant
    helpers, whose public methods check them)."""
    result = to_principal(grantee, actions, resource_arns, conditions)
    principal_account = grantee.grant_principal.principal_account
    same_account = False
    if principal_account:
        cmp = Token.compare_strings(resource.env.account, principal_account)
        same_account = cmp in (TokenComparison.SAME, TokenComparison.BOTH_UNRESOLVED)
    if same_account and (result.principal_statement is not None or result.resource_statement is not None):
        return result
    statement = PolicyStatement(actions=actions,
                                resources=resource_self_arns if resource_self_arns is not None else resource_arns,
                                principals=[grantee.grant_principal])
    res = resource.add_to_resource_policy(statement)
    return _new_grant(grantee, actions, resource_arns, resource_statement=statement,
                      policy_dependable=(res.policy_dependable or resource) if res.statement_added else None)


class Grant:
    """The outcome of a grant: the statements added and what to depend on for them to be in effect.

    Create grants with the static methods; ``success`` tells whether anything was added. A Grant is
    ``IDependable``: ``grant.apply_before(construct)`` makes ``construct`` wait for the policies.

    Args:
        grantee: the principal that was given the permissions.
        actions: the actions granted.
        resource_arns: the resources the actions are granted on.
        principal_statement: the statement added to the principal's policy (default none).
        resource_statement: the statement added to the resource's policy (default none).
        policy_dependable: what to depend on for the statements to be in effect (default: nothing to wait for).
    """

    def __init__(
        self,
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        principal_statement: PolicyStatement | None = None,
        resource_statement: PolicyStatement | None = None,
        policy_dependable: IDependable | None = None,
    ) -> None:
        self._setup(grantee, actions, resource_arns, principal_statement, resource_statement, policy_dependable)

    def _setup(self, grantee: Any, actions: Sequence[str], resource_arns: Sequence[str],
               principal_statement: PolicyStatement | None, resource_statement: PolicyStatement | None,
               policy_dependable: Any) -> None:
        self._grantee = grantee
        self._actions = list(actions)
        self._resource_arns = list(resource_arns)
        self.principal_statement = principal_statement
        self.resource_statement = resource_statement
        self.principal_statements: list[PolicyStatement] = [principal_statement] if principal_statement else []
        self.resource_statements: list[PolicyStatement] = [resource_statement] if resource_statement else []
        self._dependables: list[Any] = [policy_dependable] if policy_dependable is not None else []

    # ``IDependable``: the trait is made when asked for (``Dependable.of``); one kept on the grant would make a
    # reference cycle of every grant, garbage the collector has to find when the caller drops the grant.
    # ``Dependable.implement`` on a grant still wins: this descriptor gives way to the instance's ``__dict__``.
    _dependable_trait = _TraitOnAccess()

    # -- factories -------------------------------------------------------------------------------------
    @staticmethod
    def add_to_principal(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        conditions: Mapping[str, Mapping[str, object]] | None = None,
        scope: IConstruct | None = None,
    ) -> Grant:
        """Add a statement to the grantee's identity policy (if it has one).

        Raises:
            UnscopedValidationError: the principal claims it added the statement but gave no dependable.
        """
        check_deprecated_props("aws_iam.GrantOnPrincipalOptions", locals(), method=True)
        return to_principal(grantee, actions, resource_arns, conditions)

    @staticmethod
    def add_to_principal_or_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: IResourceWithPolicy,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Mapping[str, object]] | None = None,
        scope: IConstruct | None = None,
    ) -> Grant:
        """Add to the identity policy when grantee and resource are in the same account; otherwise (or if
        the grantee has no policy) add a statement naming the grantee to the resource policy."""
        return to_principal_or_resource(grantee, actions, resource_arns, resource, resource_self_arns, conditions)

    @staticmethod
    def add_to_principal_and_resource(
        *,
        grantee: IGrantable,
        actions: Sequence[str],
        resource_arns: Sequence[str],
        resource: IResourceWithPolicy,
        resource_policy_principal: IPrincipal | None = None,
        resource_self_arns: Sequence[str] | None = None,
        conditions: Mapping[str, Mapping[str, object]] | None = None,
        scope: IConstruct | None = None,
    ) -> Grant:
        """Add to both the identity policy and the resource policy."""
        result = Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=resource_arns,
                                        conditions=conditions)
        statement = PolicyStatement(actions=actions, resources=resource_self_arns if resource_self_arns is not None else resource_arns,
                                    principals=[resource_policy_principal or grantee.grant_principal])
        res = resource.add_to_resource_policy(statement)
        resource_dependable = (res.policy_dependable or resource) if res.statement_added else None
        dependable: Any = CompositeDependable(result, resource_dependable) if resource_dependable is not None else result
        # aws-cdk-lib records the resource statement as ``principalStatement`` here; mirrored on purpose.
        return Grant(grantee=grantee, actions=actions, resource_arns=resource_arns, principal_statement=statement,
                     resource_statement=result.resource_statement, policy_dependable=dependable)

    @staticmethod
    def add_statement_to_resource_policy(*, grantee: IGrantable, statement: PolicyStatement,
                                         resource: IResourceWithPolicy, actions: Sequence[str] | None = None,
                                         resource_arns: Sequence[str] | None = None,
                                         conditions: Mapping[str, Mapping[str, object]] | None = None,
                                         resource_self_arns: Sequence[str] | None = None) -> Grant:
        """Add a ready-made ``statement`` to ``resource``'s policy.

        ``actions``, ``resource_arns``, ``conditions`` and ``resource_self_arns`` are the grant options
        aws-cdk-lib's struct carries; the statement is added as given.
        """
        res = resource.add_to_resource_policy(statement)
        return Grant(grantee=grantee, actions=statement.actions, resource_arns=statement.resources,
                     resource_statement=statement,
                     policy_dependable=(res.policy_dependable or resource) if res.statement_added else None)

    @staticmethod
    def drop(grantee: IGrantable, _intent: str) -> Grant:
        """A grant that adds nothing (the caller knows it is not needed)."""
        return Grant(grantee=grantee, actions=[], resource_arns=[])

    # -- instance API ----------------------------------------------------------------------------------
    @property
    def success(self) -> bool:
        """Whether a statement was added anywhere."""
        return self.principal_statement is not None or self.resource_statement is not None

    def assert_success(self) -> None:
        """Raise unless the grant added a statement.

        Raises:
            UnscopedValidationError: nothing was added.
        """
        if not self.success:
            raise UnscopedValidationError(
                f"{_describe(self._grantee, self._actions, self._resource_arns)} could not be added on either "
                "identity or resource policy."
            )

    def apply_before(self, *constructs: IConstruct) -> None:
        """Make each construct depend on the policies this grant added."""
        for c in constructs:
            c.node.add_dependency(self)

    def combine(self, rhs: Grant) -> Grant:
        """A grant holding the statements and dependables of both."""
        principals = [*self.principal_statements, *rhs.principal_statements]
        resources = [*self.resource_statements, *rhs.resource_statements]
        ret = Grant(grantee=self._grantee, actions=self._actions, resource_arns=self._resource_arns,
                    principal_statement=principals[0] if principals else None,
                    resource_statement=resources[0] if resources else None)
        ret.principal_statements[:] = principals
        ret.resource_statements[:] = resources
        ret._dependables.extend([*self._dependables, *rhs._dependables])
        return ret
