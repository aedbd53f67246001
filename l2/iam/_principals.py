"""Principals: who a statement applies to, and the ``IGrantable`` / ``IPrincipal`` protocols."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from constructs import IDependable, Stack, Token, UnscopedValidationError
from constructs.internals import structs

from ._policy_document import PolicyDocument
from ._policy_statement import PolicyStatement
from ._private.util import LITERAL_STRING_KEY, json_key, merge_principal

_ORG_ID_RE = re.compile(r"^o-[a-z0-9]{10,32}$")
_SERVICE_RE = re.compile(r"^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$")
# Regions where aws-cdk-lib's RegionInfo reports ``isOptInRegion`` (region-info facts of 2.275.0).
_OPT_IN_REGIONS = frozenset({
    "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
    "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1",
    "me-central-1", "me-south-1", "mx-central-1",
})


@structs.frozen(kw_only=True)
class AddToPrincipalPolicyResult:
    """Result of ``IPrincipal.add_to_principal_policy``.

    Args:
        statement_added: whether the statement was added to an identity policy.
        policy_dependable: what to depend on for the statement to be in effect (required when added).
    """

    statement_added: bool
    policy_dependable: IDependable | None = None


@runtime_checkable
class IGrantable(Protocol):
    """Something that can be granted permissions: it has a ``grant_principal``."""

    @property
    def grant_principal(self) -> IPrincipal: ...


@runtime_checkable
class IPrincipal(IGrantable, Protocol):
    """An identity that can appear in a policy statement's ``Principal`` and may have its own policy."""

    @property
    def assume_role_action(self) -> str: ...

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment: ...

    @property
    def principal_account(self) -> str | None: ...

    def add_to_principal_policy(self, statement: PolicyStatement, /) -> AddToPrincipalPolicyResult: ...

    def add_to_policy(self, statement: PolicyStatement) -> bool: ...


class IAssumeRolePrincipal(IPrincipal, Protocol):
    """A principal that decides how it is added to a role's trust policy."""

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None: ...


class PrincipalPolicyFragment:
    """A principal's JSON (``{"AWS": [...]}``) plus the conditions it brings along.

    Args:
        principal_json: principal type to list of values.
        conditions: conditions every statement naming this principal must carry.
    """

    __slots__ = ("principal_json", "conditions")

    def __init__(self, principal_json: Mapping[str, Any], conditions: Mapping[str, object] | None = None) -> None:
        # values are lists, or single strings where a statement was read from JSON (PolicyStatement.from_json)
        self.principal_json: dict[str, list[Any]] = dict(principal_json)
        self.conditions: dict[str, Any] = dict(conditions) if conditions else {}


class _StackDependentToken:
    """A token whose value depends on the stack it is resolved in."""

    __slots__ = ("_fn",)

    def __init__(self, fn: Any) -> None:
        self._fn = fn

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> Any:
        return self._fn(Stack.of(context.scope))

    def to_string(self) -> str:
        return Token.as_string(self)


class _ServicePrincipalToken:
    """Resolves a service name to its principal (``lambda`` -> ``lambda.amazonaws.com``), regional if opt-in."""

    __slots__ = ("_service", "_region", "_standard")

    def __init__(self, service: str, region: str | None) -> None:
        self._service = service
        self._region = region
        self._standard: str | None = None  # the standardised name, made on the first resolution

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: Any) -> str:
        service = self._standard
        if service is None:
            m = _SERVICE_RE.match(self._service)
            service = self._standard = f"{m.group(1)}.amazonaws.com" if m else self._service
        region = self._region
        if region and not Token.is_unresolved(region) and region in _OPT_IN_REGIONS:
            if Stack.of(context.scope).region != region and service.endswith(".amazonaws.com"):
                service = service[: -len(".amazonaws.com")] + f".{region}.amazonaws.com"
        return service


def _validate_condition_object(x: Any) -> None:
    if not isinstance(x, Mapping):
        raise UnscopedValidationError("A Condition should be represented as a map of operator to value")


class PrincipalBase:
    """Base class of the principals: no identity policy of its own, trust statements with ``sts:AssumeRole``."""

    assume_role_action: str = "sts:AssumeRole"
    principal_account: str | None = None

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal itself."""
        return self  # type: ignore[return-value]

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        """The JSON of this principal (subclasses implement it)."""
        raise NotImplementedError

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Add to the principal's own policy (returns False: plain principals have none)."""
        return self.add_to_principal_policy(statement).statement_added

    def add_to_principal_policy(self, _statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Plain principals have no policy: nothing is added."""
        return AddToPrincipalPolicyResult(statement_added=False)

    def add_to_assume_role_policy(self, document: PolicyDocument) -> None:
        """Add a statement that lets this principal assume the role that owns ``document``."""
        document.add_statements(PolicyStatement(actions=[self.assume_role_action], principals=[self]))  # type: ignore[list-item]

    def dedupe_string(self) -> str | None:
        """A string identifying this principal for deduplication, or ``None`` when it cannot be compared."""
        return None

    def with_conditions(self, conditions: Mapping[str, object]) -> PrincipalWithConditions:
        """This principal with extra conditions."""
        return PrincipalWithConditions(self, conditions)

    def with_session_tags(self) -> SessionTagsPrincipal:
        """This principal, also allowed ``sts:TagSession`` in trust policies."""
        return SessionTagsPrincipal(self)

    def to_json(self) -> Mapping[str, list[str]]:
        """The principal JSON."""
        return self.policy_fragment.principal_json

    def to_string(self) -> str:
        return json_key(self.policy_fragment.principal_json)

    def __str__(self) -> str:
        return self.to_string()


class _PrincipalAdapter(PrincipalBase):
    """Wraps a principal and forwards to it."""

    def __init__(self, wrapped: IPrincipal) -> None:
        self.wrapped = wrapped
        self.assume_role_action: str = wrapped.assume_role_action
        self.principal_account: str | None = wrapped.principal_account

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return self.wrapped.policy_fragment

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        return self.wrapped.add_to_policy(statement)

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        return self.wrapped.add_to_principal_policy(statement)

    def _append_dedupe(self, append: str) -> str | None:
        dedupe = getattr(self.wrapped, "dedupe_string", None)
        inner = dedupe() if dedupe is not None else None
        return f"{type(self).__name__}:{inner}:{append}" if inner is not None else None


class _MutatingDocumentAdapter(PolicyDocument):
    """Hands statements to a document after letting ``fn`` modify them (a ``PolicyDocument``, as aws-cdk-lib's
    adapter is, so the checked ``add_to_assume_role_policy(document: PolicyDocument)`` of a principal takes it)."""

    def __init__(self, document: Any, fn: Any) -> None:
        super().__init__()
        self._document = document
        self._fn = fn

    def add_statements(self, *statements: PolicyStatement) -> None:
        for s in statements:
            self._document.add_statements(self._fn(s))


def add_principal_to_assume_role(principal: IPrincipal, document: Any) -> None:
    """Add ``principal`` to a trust policy its own way, or with one ``assume_role_action`` statement."""
    add = getattr(principal, "add_to_assume_role_policy", None)
    if add is not None:
        add(document)
        return
    document.add_statements(PolicyStatement(actions=[principal.assume_role_action], principals=[principal]))


class PrincipalWithConditions(_PrincipalAdapter):
    """A principal with extra conditions, added to every statement that names it.

    Args:
        principal: the wrapped principal.
        conditions: the additional conditions.
    """

    def __init__(self, principal: IPrincipal, conditions: Mapping[str, object]) -> None:
        super().__init__(principal)
        self._additional_conditions: dict[str, Any] = dict(conditions)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Add the wrapped principal's trust statements to ``doc``, with these conditions."""

        def mutate(statement: PolicyStatement) -> PolicyStatement:
            statement.add_actions(self.assume_role_action)
            statement.add_conditions(self.conditions)
            return statement

        add_principal_to_assume_role(self.wrapped, _MutatingDocumentAdapter(doc, mutate))

    def add_condition(self, key: str, value: Any) -> None:
        """Add a condition (merged key by key into an existing operator)."""
        _validate_condition_object(value)
        existing = self._additional_conditions.get(key)
        if not existing:
            self._additional_conditions[key] = value
            return
        _validate_condition_object(existing)
        self._additional_conditions[key] = {**existing, **value}

    def add_conditions(self, conditions: Mapping[str, object]) -> None:
        """Add several conditions."""
        for key, value in conditions.items():
            self.add_condition(key, value)

    @property
    def conditions(self) -> Mapping[str, Any]:
        """The wrapped principal's conditions merged with the additional ones."""
        merged = dict(self.wrapped.policy_fragment.conditions)
        for operator, condition in self._additional_conditions.items():
            existing = merged.get(operator)
            if not existing:
                merged[operator] = condition
                continue
            if Token.is_unresolved(condition) or Token.is_unresolved(existing):
                raise UnscopedValidationError(
                    f'multiple "{operator}" conditions cannot be merged if one of them contains an unresolved token'
                )
            _validate_condition_object(existing)
            _validate_condition_object(condition)
            merged[operator] = {**existing, **condition}
        return merged

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(self.wrapped.policy_fragment.principal_json, self.conditions)

    def to_string(self) -> str:
        return str(self.wrapped)

    def to_json(self) -> Mapping[str, list[str]]:
        return self.policy_fragment.principal_json

    def dedupe_string(self) -> str | None:
        return self._append_dedupe(json_key(self.conditions))


class SessionTagsPrincipal(_PrincipalAdapter):
    """A principal that may also tag sessions (``sts:TagSession``) when assuming a role.

    Args:
        principal: the principal to wrap.
    """

    def __init__(self, principal: IPrincipal) -> None:
        super().__init__(principal)

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Add the wrapped principal's trust statements to ``doc``, with ``sts:TagSession``."""

        def mutate(statement: PolicyStatement) -> PolicyStatement:
            statement.add_actions("sts:TagSession")
            return statement

        add_principal_to_assume_role(self.wrapped, _MutatingDocumentAdapter(doc, mutate))

    def dedupe_string(self) -> str | None:
        return self._append_dedupe("")


class ArnPrincipal(PrincipalBase):
    """A principal given by ARN (``{"AWS": arn}``).

    Args:
        arn: the ARN of the entity (user, role, account root, ...).
    """

    def __init__(self, arn: str) -> None:
        self.arn = arn

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"AWS": [self.arn]})

    def in_organization(self, organization_id: str) -> PrincipalWithConditions:
        """Restrict to principals in an AWS Organization (``aws:PrincipalOrgID``)."""
        return self.with_conditions({"StringEquals": {"aws:PrincipalOrgID": organization_id}})

    def to_string(self) -> str:
        return f"ArnPrincipal({self.arn})"

    def dedupe_string(self) -> str | None:
        return f"ArnPrincipal:{self.arn}"


class AccountPrincipal(ArnPrincipal):
    """The root of an account (``arn:<partition>:iam::<account>:root``).

    Args:
        account_id: the account id (a string or a token).

    Raises:
        UnscopedValidationError: ``account_id`` is neither a string nor a token.
    """

    def __init__(self, account_id: Any) -> None:
        super().__init__(Token.as_string(_StackDependentToken(lambda stack: f"arn:{stack.partition}:iam::{account_id}:root")))
        if not Token.is_unresolved(account_id) and not isinstance(account_id, str):
            raise UnscopedValidationError("accountId should be of type string")
        self.account_id = account_id
        self.principal_account = account_id

    def to_string(self) -> str:
        return f"AccountPrincipal({self.account_id})"


class AccountRootPrincipal(AccountPrincipal):
    """The root of the account of the stack the statement is rendered in."""

    def __init__(self) -> None:
        super().__init__(Token.as_string(_StackDependentToken(lambda stack: stack.account)))

    def to_string(self) -> str:
        return "AccountRootPrincipal()"


class AnyPrincipal(ArnPrincipal):
    """Any AWS principal (``{"AWS": "*"}``)."""

    def __init__(self) -> None:
        super().__init__("*")

    def to_string(self) -> str:
        return "AnyPrincipal()"


class Anyone(AnyPrincipal):
    """Deprecated alias of ``AnyPrincipal``."""


class StarPrincipal(PrincipalBase):
    """The literal principal ``"*"`` (``"Principal": "*"``)."""

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({LITERAL_STRING_KEY: ["*"]})

    def to_string(self) -> str:
        return "StarPrincipal()"

    def dedupe_string(self) -> str | None:
        return "StarPrincipal"


class ServicePrincipal(PrincipalBase):
    """An AWS service (``{"Service": "lambda.amazonaws.com"}``).

    The name is standardised when rendered: ``lambda`` and ``lambda.amazonaws.com.cn`` both render
    ``lambda.amazonaws.com``. With ``region`` set to an opt-in region other than the stack's, the regional
    form ``<svc>.<region>.amazonaws.com`` is used.

    Args:
        service: the service name or principal.
        conditions: conditions added to statements naming this principal.
        region: the region the service is in.
    """

    def __init__(self, service: str, *, conditions: Mapping[str, object] | None = None, region: str | None = None) -> None:
        self.service = service
        self._conditions = dict(conditions) if conditions else None
        self._region = region
        self._token: str | None = None

    @staticmethod
    def service_principal_name(service: str) -> str:
        """The standardised principal name of ``service`` (a token)."""
        return Token.as_string(_ServicePrincipalToken(service, None), display_hint=service)

    @staticmethod
    def from_static_service_principle_name(service_principal_name: str) -> ServicePrincipal:
        """A service principal rendered exactly as given (no standardisation)."""
        return _StaticServicePrincipal(service_principal_name)

    # The brief's (and a natural) spelling; aws-cdk-lib spells it "principle".
    from_static_service_principal_name = from_static_service_principle_name

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        if self._token is None:
            self._token = Token.as_string(_ServicePrincipalToken(self.service, self._region), display_hint=self.service)
        return PrincipalPolicyFragment({"Service": [self._token]}, self._conditions)

    def to_string(self) -> str:
        return f"ServicePrincipal({self.service})"

    def dedupe_string(self) -> str | None:
        opts: dict[str, Any] = {}
        if self._conditions is not None:
            opts["conditions"] = self._conditions
        if self._region is not None:
            opts["region"] = self._region
        return f"ServicePrincipal:{self.service}:{json_key(opts)}"


class _StaticServicePrincipal(ServicePrincipal):
    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Service": [self.service]}, self._conditions)


class OrganizationPrincipal(PrincipalBase):
    """Every principal of an AWS Organization (``{"AWS": "*"}`` with ``aws:PrincipalOrgID``).

    Args:
        organization_id: the organization id (``o-...``).

    Raises:
        UnscopedValidationError: the id does not match ``^o-[a-z0-9]{10,32}$``.
    """

    def __init__(self, organization_id: str) -> None:
        self.organization_id = organization_id
        if not Token.is_unresolved(organization_id) and not _ORG_ID_RE.match(organization_id):
            raise UnscopedValidationError(
                f"Expected Organization ID must match regex pattern ^o-[a-z0-9]{{10,32}}$, received {organization_id}"
            )

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"AWS": ["*"]}, {"StringEquals": {"aws:PrincipalOrgID": self.organization_id}})

    def to_string(self) -> str:
        return f"OrganizationPrincipal({self.organization_id})"

    def dedupe_string(self) -> str | None:
        return f"OrganizationPrincipal:{self.organization_id}"


class CanonicalUserPrincipal(PrincipalBase):
    """An S3 canonical user (``{"CanonicalUser": id}``).

    Args:
        canonical_user_id: the canonical user id (as S3 shows it, e.g. for an origin access identity).
    """

    def __init__(self, canonical_user_id: str) -> None:
        self.canonical_user_id = canonical_user_id

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"CanonicalUser": [self.canonical_user_id]})

    def to_string(self) -> str:
        return f"CanonicalUserPrincipal({self.canonical_user_id})"

    def dedupe_string(self) -> str | None:
        return f"CanonicalUserPrincipal:{self.canonical_user_id}"


class FederatedPrincipal(PrincipalBase):
    """A federated identity provider (``{"Federated": provider}``).

    Args:
        federated: the provider (e.g. ``cognito-identity.amazonaws.com`` or an OIDC provider ARN).
        conditions: conditions for statements naming this principal.
        assume_role_action: the trust action (default ``sts:AssumeRole``).
    """

    def __init__(self, federated: str, conditions: Mapping[str, object] | None = None,
                 assume_role_action: str | None = None) -> None:
        self.federated = federated
        self.conditions: dict[str, Any] = dict(conditions) if conditions else {}
        self.assume_role_action: str = assume_role_action or "sts:AssumeRole"

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Federated": [self.federated]}, self.conditions)

    def to_string(self) -> str:
        return f"FederatedPrincipal({self.federated})"

    def dedupe_string(self) -> str | None:
        return f"FederatedPrincipal:{self.federated}:{self.assume_role_action}:{json_key(self.conditions)}"


class WebIdentityPrincipal(FederatedPrincipal):
    """A web identity provider; trust action ``sts:AssumeRoleWithWebIdentity``.

    Args:
        identity_provider: the provider (e.g. ``cognito-identity.amazonaws.com`` or ``accounts.google.com``).
    """

    def __init__(self, identity_provider: str, conditions: Mapping[str, object] | None = None) -> None:
        super().__init__(identity_provider, conditions or {}, "sts:AssumeRoleWithWebIdentity")

    def to_string(self) -> str:
        return f"WebIdentityPrincipal({self.federated})"


class CompositePrincipal(PrincipalBase):
    """Several principals as one; in a trust policy each gets its own statement.

    Raises:
        UnscopedValidationError: no principal given, or (when rendered in one statement) a component has
            conditions.
    """

    def __init__(self, *principals: IPrincipal) -> None:
        if not principals:
            raise UnscopedValidationError(
                "CompositePrincipals must be constructed with at least 1 Principal but none were passed."
            )
        self._principals: list[IPrincipal] = []
        self.assume_role_action: str = principals[0].assume_role_action
        self.add_principals(*principals)

    def add_principals(self, *principals: IPrincipal) -> CompositePrincipal:
        """Add principals; returns self."""
        self._principals.extend(principals)
        return self

    @property
    def principals(self) -> list[IPrincipal]:
        """The component principals."""
        return self._principals

    def add_to_assume_role_policy(self, doc: PolicyDocument) -> None:
        """Add one trust statement per component principal to ``doc``."""
        for p in self._principals:
            add_principal_to_assume_role(p, doc)

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        for p in self._principals:
            fragment = p.policy_fragment
            if fragment.conditions:
                raise UnscopedValidationError(
                    "Components of a CompositePrincipal must not have conditions. Tried to add the following "
                    f"fragment: {json_key({'principalJson': fragment.principal_json, 'conditions': fragment.conditions})}"
                )
        principal_json: dict[str, list[Any]] = {}
        for p in self._principals:
            merge_principal(principal_json, p.policy_fragment.principal_json)
        return PrincipalPolicyFragment(principal_json)

    def to_string(self) -> str:
        return f"CompositePrincipal({','.join(str(p) for p in self._principals)})"

    def dedupe_string(self) -> str | None:
        inner = []
        for p in self._principals:
            dedupe = getattr(p, "dedupe_string", None)
            value = dedupe() if dedupe is not None else None
            if value is None:
                return None
            inner.append(value)
        return f"CompositePrincipal[{','.join(inner)}]"


class JsonPrincipal(PrincipalBase):
    """A principal given as raw JSON (``PolicyStatement.from_json``)."""

    def __init__(self, json: Any = None) -> None:
        if json is None:
            json = {}
        if isinstance(json, str):
            json = {LITERAL_STRING_KEY: [json]}
        if not isinstance(json, Mapping):
            raise UnscopedValidationError(f"JSON IAM principal should be an object, got {json_key(json)}")
        self._fragment = PrincipalPolicyFragment(dict(json))

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return self._fragment

    def dedupe_string(self) -> str | None:
        return json_key({"principalJson": self._fragment.principal_json, "conditions": {}})
