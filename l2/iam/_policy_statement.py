"""``PolicyStatement`` and ``Effect``."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from constructs import IResolvable, Token, UnscopedValidationError

from ._private.postprocess import _norm_principal, _norm_set, normalize_statement
from ._private.util import LITERAL_STRING_KEY, json_key, merge_principal

if TYPE_CHECKING:
    from constructs import IResolveContext

    from ._principals import IPrincipal

_ACTION_RE = re.compile(r"^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$")
_SID_RE = re.compile(r"^[0-9A-Za-z]*$")


class Effect(enum.Enum):
    """Whether a statement allows or denies what it lists."""

    ALLOW = "Allow"
    DENY = "Deny"


def _effect_value(effect: Effect | str) -> str:
    # the member's value read directly: ``.value`` is a Python-level descriptor, and this runs per statement
    return effect._value_ if isinstance(effect, Effect) else effect


def _push(target: dict[Any, Any], xs: Sequence[Any]) -> list[Any]:
    """Add ``xs`` to an insertion-ordered set; returns the ones that were new.

    The set is a dict from key to element: strings are compared by value, other objects by identity (like a
    JS ``Set``). A plain dict holding only strings is not tracked by the garbage collector, and an empty one
    costs next to nothing, so statements keep one per field.
    """
    before = len(target)
    _add(target, xs)
    return list(islice(target.values(), before, None))  # new keys go last: the dict keeps insertion order


def _add(target: dict[Any, Any], xs: Sequence[Any]) -> None:
    """``_push`` for callers that do not need the new elements (actions, resources)."""
    for x in xs:
        key = x if type(x) is str or isinstance(x, str) else id(x)
        if key not in target:
            target[key] = x


def _validate_condition_object(x: Any) -> None:
    if isinstance(x, Mapping):
        return
    if x is not None and not isinstance(x, (str, list, int, float, bool)) and hasattr(x, "resolve"):
        return
    raise UnscopedValidationError("A Condition should be represented as a map of operator to value")


class PolicyStatement:
    """One statement of an IAM policy document.

    Args:
        actions: actions to allow or deny (``service:Action``, wildcards allowed).
        conditions: condition operators to ``{key: value}`` maps.
        effect: ``Effect.ALLOW`` (default) or ``Effect.DENY``.
        not_actions: actions *not* covered (exclusive with ``actions``).
        not_principals: principals *not* covered (exclusive with ``principals``).
        not_resources: resources *not* covered (exclusive with ``resources``).
        principals: principals the statement applies to (resource and trust policies only).
        resources: resource ARNs.
        sid: statement id.

    Raises:
        UnscopedValidationError: an action is malformed, or a field is combined with its ``Not`` form.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.PolicyStatement"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, object] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str | IResolvable] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str | IResolvable] | None = None,
        sid: str | None = None,
    ) -> None:
        # Ordered sets (see ``_push``) and maps; empty ones are cheap, so every field has one.
        self._action: dict[Any, str] = {}
        self._not_action: dict[Any, str] = {}
        self._principal: dict[str, list[Any]] = {}
        self._not_principal: dict[str, list[Any]] = {}
        self._resource: dict[Any, str] = {}
        self._not_resource: dict[Any, str] = {}
        self._condition: dict[str, Any] = {}
        self._principals: dict[Any, IPrincipal] = {}
        self._not_principals: dict[Any, IPrincipal] = {}
        self._principal_conditions_json: str | None = None
        self._frozen = False
        self._sid = sid
        self._effect: Effect | str = effect or Effect.ALLOW
        # Adding nothing is a no-op, so empty fields are skipped (same checks, same order as adding them all).
        if type(self) is PolicyStatement and not (not_actions or not_principals or not_resources):
            # The usual statement, fresh (nothing frozen, no Not* field to exclude): what add_actions,
            # add_principals and add_resources do after their state checks, which pass, with the elements'
            # types checked by this constructor already (a subclass may override the add_* methods: it
            # takes the general path below).
            if actions:
                _validate_actions(actions)
                _add(self._action, actions)
            if principals:
                self._add_principals(principals)
            if resources:
                _add(self._resource, resources)
            if conditions is not None:
                self.add_conditions(conditions)
            return
        if actions:
            self.add_actions(*actions)
        if not_actions:
            self.add_not_actions(*not_actions)
        if principals:
            self.add_principals(*principals)
        if not_principals:
            self.add_not_principals(*not_principals)
        if resources:
            self.add_resources(*resources)
        if not_resources:
            self.add_not_resources(*not_resources)
        if conditions is not None:
            self.add_conditions(conditions)

    # -- construction from JSON ------------------------------------------------------------------------
    @staticmethod
    def from_json(obj: Mapping[str, Any]) -> PolicyStatement:
        """Build a statement from its JSON form (``{"Action": ..., "Resource": ..., ...}``).

        Raises:
            UnscopedValidationError: the statement has neither Action nor NotAction.
        """
        from ._principals import JsonPrincipal

        principal = obj.get("Principal")
        not_principal = obj.get("NotPrincipal")
        effect = obj.get("Effect")
        ret = PolicyStatement(
            sid=obj.get("Sid"),
            actions=_ensure_list(obj.get("Action")),
            resources=_ensure_list(obj.get("Resource")),
            conditions=obj.get("Condition"),
            effect=Effect(effect) if effect is not None else None,
            not_actions=_ensure_list(obj.get("NotAction")),
            not_resources=_ensure_list(obj.get("NotResource")),
            principals=[JsonPrincipal(principal)] if principal else None,
            not_principals=[JsonPrincipal(not_principal)] if not_principal else None,
        )
        errors = ret.validate_for_any_policy()
        if errors:
            raise UnscopedValidationError("Incorrect Policy Statement: " + "\n".join(errors))
        return ret

    # -- simple properties -----------------------------------------------------------------------------
    @property
    def sid(self) -> str | None:
        """The statement id."""
        return self._sid

    @sid.setter
    def sid(self, sid: str | None) -> None:
        self._assert_not_frozen("sid")
        self._sid = sid

    @property
    def effect(self) -> Effect:
        """Allow or Deny."""
        return self._effect  # type: ignore[return-value]

    @effect.setter
    def effect(self, effect: Effect) -> None:
        self._assert_not_frozen("effect")
        self._effect = effect

    @property
    def actions(self) -> list[str]:
        """A copy of the actions."""
        return list(self._action.values())

    @property
    def not_actions(self) -> list[str]:
        """A copy of the not-actions."""
        return list(self._not_action.values())

    @property
    def principals(self) -> list[IPrincipal]:
        """A copy of the principals."""
        return list(self._principals.values())

    @property
    def not_principals(self) -> list[IPrincipal]:
        """A copy of the not-principals."""
        return list(self._not_principals.values())

    @property
    def resources(self) -> list[str]:
        """A copy of the resources."""
        return list(self._resource.values())

    @property
    def not_resources(self) -> list[str]:
        """A copy of the not-resources."""
        return list(self._not_resource.values())

    @property
    def conditions(self) -> dict[str, Any]:
        """A shallow copy of the conditions."""
        return dict(self._condition)

    @property
    def has_principal(self) -> bool:
        """True if the statement names principals or not-principals."""
        return len(self._principals) + len(self._not_principals) > 0

    @property
    def has_resource(self) -> bool:
        """True if the statement names resources."""
        return len(self._resource) > 0

    @property
    def frozen(self) -> bool:
        """True once ``freeze()`` was called (statements freeze when their document is rendered)."""
        return self._frozen

    # -- actions ---------------------------------------------------------------------------------------
    def add_actions(self, *actions: str) -> None:
        """Add actions (``service:Action``).

        Raises:
            UnscopedValidationError: the statement has NotActions, or an action is malformed.
        """
        self._assert_not_frozen("addActions")
        if actions and len(self._not_action) > 0:
            raise UnscopedValidationError("Cannot add 'Actions' to policy statement if 'NotActions' have been added")
        _validate_actions(actions)
        _add(self._action, actions)

    def add_not_actions(self, *not_actions: str) -> None:
        """Add NotActions.

        Raises:
            UnscopedValidationError: the statement has Actions, or an action is malformed.
        """
        self._assert_not_frozen("addNotActions")
        if not_actions and len(self._action) > 0:
            raise UnscopedValidationError("Cannot add 'NotActions' to policy statement if 'Actions' have been added")
        _validate_actions(not_actions)
        _add(self._not_action, not_actions)

    # -- principals ------------------------------------------------------------------------------------
    def add_principals(self, *principals: IPrincipal) -> None:
        """Add principals; their conditions are added to the statement.

        Raises:
            UnscopedValidationError: the statement has NotPrincipals, a principal is a Group, or principals
                carry different conditions.
        """
        self._assert_not_frozen("addPrincipals")
        if principals and len(self._not_principals) > 0:
            raise UnscopedValidationError("Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added")
        self._add_principals(principals)

    def add_not_principals(self, *not_principals: IPrincipal) -> None:
        """Add NotPrincipals.

        Raises:
            UnscopedValidationError: the statement has Principals, or a principal is a Group.
        """
        self._assert_not_frozen("addNotPrincipals")
        if not_principals and len(self._principals) > 0:
            raise UnscopedValidationError("Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added")
        for p in not_principals:
            _validate_principal(p)
        for p in _push(self._not_principals, not_principals):
            fragment = p.policy_fragment
            merge_principal(self._not_principal, fragment.principal_json)
            self._add_principal_conditions(fragment.conditions)

    def add_aws_account_principal(self, account_id: str) -> None:
        """Add ``AccountPrincipal(account_id)``."""
        from ._principals import AccountPrincipal

        self.add_principals(AccountPrincipal(account_id))

    def add_arn_principal(self, arn: str) -> None:
        """Add ``ArnPrincipal(arn)``."""
        from ._principals import ArnPrincipal

        self.add_principals(ArnPrincipal(arn))

    def add_service_principal(self, service: str, *, conditions: Mapping[str, object] | None = None,
                              region: str | None = None) -> None:
        """Add ``ServicePrincipal(service, ...)``."""
        from ._principals import ServicePrincipal

        self.add_principals(ServicePrincipal(service, conditions=conditions, region=region))

    def add_federated_principal(self, federated: Any, conditions: Mapping[str, object]) -> None:
        """Add ``FederatedPrincipal(federated, conditions)``."""
        from ._principals import FederatedPrincipal

        self.add_principals(FederatedPrincipal(federated, conditions))

    def add_account_root_principal(self) -> None:
        """Add the current account's root principal."""
        from ._principals import AccountRootPrincipal

        self.add_principals(AccountRootPrincipal())

    def add_canonical_user_principal(self, canonical_user_id: str) -> None:
        """Add ``CanonicalUserPrincipal(canonical_user_id)``."""
        from ._principals import CanonicalUserPrincipal

        self.add_principals(CanonicalUserPrincipal(canonical_user_id))

    def add_any_principal(self) -> None:
        """Add ``AnyPrincipal()`` (``{"AWS": "*"}``)."""
        from ._principals import AnyPrincipal

        self.add_principals(AnyPrincipal())

    # -- resources -------------------------------------------------------------------------------------
    def add_resources(self, *arns: str | IResolvable) -> None:
        """Add resource ARNs.

        Raises:
            UnscopedValidationError: the statement has NotResources.
        """
        self._assert_not_frozen("addResources")
        if arns and len(self._not_resource) > 0:
            raise UnscopedValidationError("Cannot add 'Resources' to policy statement if 'NotResources' have been added")
        _add(self._resource, arns)

    def add_not_resources(self, *arns: str | IResolvable) -> None:
        """Add NotResource ARNs.

        Raises:
            UnscopedValidationError: the statement has Resources.
        """
        self._assert_not_frozen("addNotResources")
        if arns and len(self._resource) > 0:
            raise UnscopedValidationError("Cannot add 'NotResources' to policy statement if 'Resources' have been added")
        _add(self._not_resource, arns)

    def add_all_resources(self) -> None:
        """Add the resource ``*``."""
        self.add_resources("*")

    # -- conditions ------------------------------------------------------------------------------------
    def add_condition(self, key: str, value: Any) -> None:
        """Add a condition; an existing operator is merged key by key.

        Raises:
            UnscopedValidationError: ``value`` is not a mapping.
        """
        self._assert_not_frozen("addCondition")
        _validate_condition_object(value)
        existing = self._condition.get(key)
        self._condition[key] = {**existing, **value} if existing else value

    def add_conditions(self, conditions: Mapping[str, object]) -> None:
        """Add several conditions (``add_condition`` for each operator)."""
        for key, value in conditions.items():
            self.add_condition(key, value)

    def add_account_condition(self, account_id: str) -> None:
        """Add ``StringEquals sts:ExternalId``."""
        self.add_condition("StringEquals", {"sts:ExternalId": account_id})

    def add_source_account_condition(self, account_id: str) -> None:
        """Add ``StringEquals aws:SourceAccount``."""
        self.add_condition("StringEquals", {"aws:SourceAccount": account_id})

    def add_source_arn_condition(self, arn: str) -> None:
        """Add ``ArnEquals aws:SourceArn``."""
        self.add_condition("ArnEquals", {"aws:SourceArn": arn})

    # -- copies, rendering -----------------------------------------------------------------------------
    def copy(
        self,
        *,
        actions: Sequence[str] | None = None,
        conditions: Mapping[str, object] | None = None,
        effect: Effect | None = None,
        not_actions: Sequence[str] | None = None,
        not_principals: Sequence[IPrincipal] | None = None,
        not_resources: Sequence[str | IResolvable] | None = None,
        principals: Sequence[IPrincipal] | None = None,
        resources: Sequence[str | IResolvable] | None = None,
        sid: str | None = None,
    ) -> PolicyStatement:
        """A new, unfrozen statement with the same fields except those overridden."""
        return PolicyStatement(
            sid=sid if sid is not None else self.sid,
            effect=effect if effect is not None else self.effect,
            actions=actions if actions is not None else self.actions,
            not_actions=not_actions if not_actions is not None else self.not_actions,
            principals=principals if principals is not None else self.principals,
            not_principals=not_principals if not_principals is not None else self.not_principals,
            resources=resources if resources is not None else self.resources,
            not_resources=not_resources if not_resources is not None else self.not_resources,
            conditions=conditions if conditions is not None else self.conditions,
        )

    def to_statement_json(self) -> dict[str, Any]:
        """The statement as CloudFormation JSON (tokens unresolved)."""
        effect = self._effect
        if (
            type(effect) is Effect
            and self._sid is None
            and not (self._not_action or self._condition or self._not_principal or self._not_resource)
        ):
            # the usual statement: what normalize_statement does with its fields, the empty ones skipped (an Effect
            # member's value is a string); keys in the same order
            out: dict[str, Any] = {}
            if (action := self._action) and (value := _norm_set(action)) is not None:
                out["Action"] = value
            out["Effect"] = effect._value_
            if (principal := self._principal) and (value := _norm_principal(principal)) is not None:
                out["Principal"] = value
            if (resource := self._resource) and (value := _norm_set(resource)) is not None:
                out["Resource"] = value
            return out
        return normalize_statement(
            action=self._action,
            not_action=self._not_action,
            condition=self._condition,
            effect=effect._value_ if type(effect := self._effect) is Effect else _effect_value(effect),
            principal=self._principal,
            not_principal=self._not_principal,
            resource=self._resource,
            not_resource=self._not_resource,
            sid=self._sid,
        )

    def to_json(self) -> dict[str, Any]:
        """Same as ``to_statement_json``."""
        return self.to_statement_json()

    def to_string(self) -> str:
        """A string token that resolves to the statement JSON."""
        return Token.as_string(self, display_hint="PolicyStatement")

    def resolve(self, context: IResolveContext) -> Any:
        return self.to_statement_json()

    def __str__(self) -> str:
        return self.to_string()

    def freeze(self) -> PolicyStatement:
        """Make the statement immutable; later changes raise."""
        self._frozen = True
        return self

    # -- validation ------------------------------------------------------------------------------------
    def validate_for_any_policy(self) -> list[str]:
        """Errors that make the statement invalid in any policy."""
        if len(self._action) == 0 and len(self._not_action) == 0:
            return ["A PolicyStatement must specify at least one 'action' or 'notAction'."]
        return []

    def validate_for_resource_policy(self, *, skip_resource_validation: bool | None = None) -> list[str]:
        """Errors that make the statement invalid in a resource-based policy."""
        errors = self.validate_for_any_policy()
        if len(self._principals) == 0 and len(self._not_principals) == 0:
            errors.append("A PolicyStatement used in a resource-based policy must specify at least one IAM principal.")
        if not skip_resource_validation and len(self._resource) == 0 and len(self._not_resource) == 0:
            errors.append("A PolicyStatement used in a resource-based policy must specify at least one resource.")
        return errors

    def validate_for_trust_policy(self) -> list[str]:
        """Errors that make the statement invalid in a trust (assume-role) policy."""
        errors = self.validate_for_any_policy()
        if len(self._principals) == 0 and len(self._not_principals) == 0:
            errors.append("A PolicyStatement used in a trust policy must specify at least one IAM principal.")
        return errors

    def validate_for_identity_policy(self) -> list[str]:
        """Errors that make the statement invalid in an identity-based policy."""
        errors = self.validate_for_any_policy()
        if len(self._principals) > 0 or len(self._not_principals) > 0:
            errors.append("A PolicyStatement used in an identity-based policy cannot specify any IAM principals.")
        if len(self._resource) == 0 and len(self._not_resource) == 0:
            errors.append("A PolicyStatement used in an identity-based policy must specify at least one resource.")
        sid = self._sid
        if sid is not None and not Token.is_unresolved(sid) and not _SID_RE.match(sid):
            errors.append(
                f"Statement ID (sid) '{sid}' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based "
                "policy. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html"
            )
        return errors

    # -- internals -------------------------------------------------------------------------------------
    def _estimate_size(self, options: tuple[int, int], *, upper_bound: bool = False) -> int:
        """aws-cdk-lib's estimate of the statement's JSON size (tokens count as the ``options`` estimates).

        With ``upper_bound``, a quicker number that is never smaller: each value counts as its length *plus*
        the token estimate, so tokens need not be detected.
        """
        action_estimate, arn_estimate = options
        effect = effect._value_ if type(effect := self._effect) is Effect else _effect_value(effect)
        # '"Effect": "' + effect + '",' (13 characters around it)
        total = 13 + len(effect) if type(effect) is str else len(f'"Effect": "{effect}",')
        # an empty field counts nothing: only the others are measured
        if self._action:
            total += _field_size("Action", self._action, action_estimate, upper_bound)
        if self._not_action:
            total += _field_size("NotAction", self._not_action, action_estimate, upper_bound)
        if self._resource:
            total += _field_size("Resource", self._resource, arn_estimate, upper_bound)
        if self._not_resource:
            total += _field_size("NotResource", self._not_resource, arn_estimate, upper_bound)
        total += (len(self._principals) + len(self._not_principals)) * arn_estimate
        condition = self._condition
        return total + (2 if type(condition) is dict and not condition else len(json_key(condition)))  # "{}"

    def _add_principals(self, principals: Sequence[IPrincipal]) -> None:
        """``add_principals`` after its checks of the statement's state."""
        for p in principals:
            _validate_principal(p)
        for p in _push(self._principals, principals):
            fragment = p.policy_fragment
            merge_principal(self._principal, fragment.principal_json)
            self._add_principal_conditions(fragment.conditions)

    def _add_principal_conditions(self, conditions: Mapping[str, Any]) -> None:
        these = json_key(conditions)
        if self._principal_conditions_json is None:
            self._principal_conditions_json = these
        elif self._principal_conditions_json != these:
            raise UnscopedValidationError(
                "All principals in a PolicyStatement must have the same Conditions "
                f"(got '{self._principal_conditions_json}' and '{these}'). Use multiple statements instead."
            )
        if conditions:  # most principals bring none
            self.add_conditions(conditions)

    def _assert_not_frozen(self, method: str) -> None:
        if self._frozen:
            raise UnscopedValidationError(
                f"{method}: freeze() has been called on this PolicyStatement previously, so it can no longer be modified"
            )


def _field_size(key: str, values: dict[Any, Any], token_size: int, upper_bound: bool) -> int:
    """The estimated size of one list field (see ``PolicyStatement._estimate_size``)."""
    if not values:
        return 0
    if upper_bound:
        try:
            return len(key) + 5 + sum(map(len, values.values())) + len(values) * (token_size + 3)
        except TypeError:  # a value without a length (a resolvable object): estimate exactly
            pass
    return len(key) + 5 + sum((token_size if Token.is_unresolved(v) else len(v)) + 3 for v in values.values())


def _ensure_list(field: Any) -> list[str] | None:
    if field is None:
        return None
    if isinstance(field, str):
        return [field]
    if not isinstance(field, list) or any(not isinstance(f, str) for f in field):
        raise UnscopedValidationError("Fields must be either a string or an array of strings")
    return field


_VALID_ACTIONS: set[str] = set()  # actions already matched (a program grants the same few actions again and again)


def _validate_actions(actions: Sequence[str]) -> None:
    for action in actions:
        if type(action) is str:
            if action in _VALID_ACTIONS:
                continue
            if _ACTION_RE.match(action):  # the common case, without looking for tokens
                if len(_VALID_ACTIONS) < 4096:
                    _VALID_ACTIONS.add(action)
                continue
        if not Token.is_unresolved(action) and not _ACTION_RE.match(action):
            raise UnscopedValidationError(
                f"Action '{action}' is invalid. An action string consists of a service namespace, a colon, and the "
                "name of an action. Action names can include wildcards."
            )


@cache
def _group_class() -> type:
    from ._group import Group  # imported late: ``_group`` imports this module

    return Group


def _validate_principal(principal: Any) -> None:
    if isinstance(principal, _group_class()):
        raise UnscopedValidationError("Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy")


__all__ = ["Effect", "LITERAL_STRING_KEY", "PolicyStatement"]
