"""Cedar policy statements of an AgentCore policy engine: ``PolicyStatement`` and its principal, action, resource
and condition builders."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Any

from constructs import Token, UnscopedValidationError
from constructs.internals import structs

_UNSAFE = re.compile(r'["\\\r]')
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENT = re.compile(r"^[_a-zA-Z][_a-zA-Z0-9]*$")
_RESERVED = {"true", "false", "if", "then", "else", "in", "is", "like", "has", "__cedar"}
_QUOTED_ACTION = re.compile(r'^([_a-zA-Z][_a-zA-Z0-9]*(?:::[_a-zA-Z][_a-zA-Z0-9]*)*)::"(.*)"$', re.DOTALL)
_ACTION_BODY = re.compile(r'^(?:[^"\\\r]|\\[^\n\r])*$')


def _js_json(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _cedar_string(value: str, field: str) -> str:
    if _UNSAFE.search(value):
        raise UnscopedValidationError(
            f"{field} cannot contain a double quote, a backslash, or a carriage return, because a generated Cedar "
            "policy cannot represent them. Rewrite the whole statement with PolicyStatement.fromCedar() if you need "
            f"them, got: {_js_json(value)}")
    if _LONE_SURROGATE.search(value):
        raise UnscopedValidationError(f"{field} contains an unpaired UTF-16 surrogate, so it is not well-formed Unicode")
    return f'"{value}"'


def _cedar_entity_id(value: str, field: str, hint: str | None = None) -> str:
    if value == "":
        raise UnscopedValidationError(f"{field} cannot be an empty string{'. ' + hint if hint else ''}")
    return _cedar_string(value, field)


def _cedar_path(value: str, field: str) -> str:
    if Token.is_unresolved(value):
        raise UnscopedValidationError(
            f"{field} must be a concrete Cedar entity type such as 'AgentCore::Gateway'. Synthesis cannot validate "
            "an unresolved token here")
    if any(not _IDENT.match(s) or s in _RESERVED for s in value.split("::")):
        raise UnscopedValidationError(
            f"{field} must be Cedar identifiers joined by '::', for example 'AgentCore::Gateway', got: "
            f"{_js_json(value)}")
    return value


def _cedar_attr_path(root: str, attribute: str) -> str:
    if Token.is_unresolved(attribute):
        raise UnscopedValidationError(
            "attribute must be a concrete name such as 'department', or a dotted path such as 'address.city'. "
            "Synthesis cannot validate an unresolved token here")
    out = root
    for segment in attribute.split("."):
        if _IDENT.match(segment) and segment not in _RESERVED:
            out = f"{out}.{segment}"
        else:
            out = f"{out}[{_cedar_string(segment, 'attribute')}]"
    return out


def _cedar_long(value: float, field: str) -> str:
    if isinstance(value, bool) or not float(value).is_integer() or abs(value) > 2 ** 53 - 1:
        shown = repr(value) if not isinstance(value, float) or not value.is_integer() else str(int(value))
        raise UnscopedValidationError(
            f"{field} must be an integer, because Cedar has no decimal literal, got: {shown}")
    return str(int(value))


def _cedar_action_path(value: str) -> str:
    path = _cedar_path(value, "action namespace")
    if path.split("::")[-1] != "Action":
        raise UnscopedValidationError(
            f"action entity type must end in 'Action', for example 'AgentCore::Action', got: {_js_json(path)}")
    return path


def _cedar_action_uid(action: str) -> str:
    quoted = _QUOTED_ACTION.match(action)
    if quoted and _ACTION_BODY.match(quoted.group(2)) and not _LONE_SURROGATE.search(quoted.group(2)):
        return f'{_cedar_action_path(quoted.group(1))}::"{quoted.group(2)}"'
    if Token.is_unresolved(action):
        from constructs import Tokenization

        fragments = Tokenization.reverse_string(action)
        leading = "" if fragments.first_token is not None else str(fragments.first_value or "")
        segments = leading.split("::")
        prefix = f"{segments[0]}::{segments[1]}::" if len(segments) >= 3 and segments[1] == "Action" else None
        if prefix is None:
            raise UnscopedValidationError(
                "action must start with a concrete Cedar action entity type such as 'AgentCore::Action::', got: "
                f"{_js_json(action)}")
        return f"{_cedar_action_path(prefix[:-2])}::{_cedar_entity_id(action[len(prefix):], 'action id')}"
    segments = action.split("::")
    if len(segments) < 3 or segments[1] != "Action":
        raise UnscopedValidationError(
            "action must be a qualified Cedar action id such as 'AgentCore::Action::GetGateway', or a quoted UID "
            f"such as 'MyApp::Sub::Action::\"GetGateway\"', got: {_js_json(action)}")
    return f"{_cedar_action_path('::'.join(segments[:2]))}::{_cedar_entity_id('::'.join(segments[2:]), 'action id')}"


class PolicyEffect(enum.Enum):
    """Whether a statement permits or forbids."""

    PERMIT = "permit"
    """Permit the request."""
    FORBID = "forbid"
    """Forbid the request."""


class PolicyAttribute:
    """An attribute of the principal, the resource or the context (build one with the static methods).

    Args:
        source: ``principal``, ``resource`` or ``context``.
        attribute: the attribute (a dotted path).
    """

    def __init__(self, source: str, attribute: str) -> None:
        self._source = source
        self._attribute = attribute

    @staticmethod
    def principal(attribute: str) -> PolicyAttribute:
        """``principal.<attribute>`` (a dotted path for nested attributes)."""
        return PolicyAttribute("principal", attribute)

    @staticmethod
    def resource(attribute: str) -> PolicyAttribute:
        """``resource.<attribute>``."""
        return PolicyAttribute("resource", attribute)

    @staticmethod
    def context(attribute: str) -> PolicyAttribute:
        """``context.<attribute>``."""
        return PolicyAttribute("context", attribute)

    def _to_cedar(self) -> str:
        return _cedar_attr_path(self._source, self._attribute)


def _literal(value: str | float | bool, field: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _cedar_string(value, field)
    return _cedar_long(value, field)


class PolicyCondition:
    """A condition of a ``when`` or ``unless`` clause (build one with the static methods).

    Args:
        node: the condition's parts.
    """

    def __init__(self, node: dict[str, Any]) -> None:
        self._node = node

    @staticmethod
    def _infix(attribute: PolicyAttribute, symbol: str, value: str | float | bool) -> PolicyCondition:
        return PolicyCondition({"kind": "leaf", "attribute": attribute, "render": ("infix", symbol),
                                "operand": ("literal", value)})

    @staticmethod
    def _member_of(attribute: PolicyAttribute, members: Sequence[str | float]) -> PolicyCondition:
        if len(members) == 0:
            raise UnscopedValidationError("At least one value must be specified")
        return PolicyCondition({"kind": "leaf", "attribute": attribute, "render": ("setContains", None),
                                "operand": ("set", list(members))})

    @staticmethod
    def _group(conditions: Sequence[PolicyCondition], operator: str, method: str) -> PolicyCondition:
        if len(conditions) == 0:
            raise UnscopedValidationError(f"At least one condition must be specified for {method}()")
        return PolicyCondition({"kind": "group", "operator": operator, "members": list(conditions)})

    @staticmethod
    def string_equals(attribute: PolicyAttribute, value: str) -> PolicyCondition:
        """``attribute == "value"``."""
        return PolicyCondition._infix(attribute, "==", value)

    @staticmethod
    def string_not_equals(attribute: PolicyAttribute, value: str) -> PolicyCondition:
        """``attribute != "value"``."""
        return PolicyCondition._infix(attribute, "!=", value)

    @staticmethod
    def number_equals(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute == value`` (an integer)."""
        return PolicyCondition._infix(attribute, "==", value)

    @staticmethod
    def number_not_equals(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute != value``."""
        return PolicyCondition._infix(attribute, "!=", value)

    @staticmethod
    def number_less_than(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute < value``."""
        return PolicyCondition._infix(attribute, "<", value)

    @staticmethod
    def number_less_than_or_equals(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute <= value``."""
        return PolicyCondition._infix(attribute, "<=", value)

    @staticmethod
    def number_greater_than(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute > value``."""
        return PolicyCondition._infix(attribute, ">", value)

    @staticmethod
    def number_greater_than_or_equals(attribute: PolicyAttribute, value: float) -> PolicyCondition:
        """``attribute >= value``."""
        return PolicyCondition._infix(attribute, ">=", value)

    @staticmethod
    def boolean_equals(attribute: PolicyAttribute, value: bool) -> PolicyCondition:
        """``attribute == true|false``."""
        return PolicyCondition._infix(attribute, "==", value)

    @staticmethod
    def ip_in_range(attribute: PolicyAttribute, cidr: str) -> PolicyCondition:
        """``attribute.isInRange(ip("cidr"))``."""
        return PolicyCondition({"kind": "leaf", "attribute": attribute, "render": ("method", "isInRange"),
                                "operand": ("ip", cidr)})

    @staticmethod
    def set_contains(attribute: PolicyAttribute, value: str) -> PolicyCondition:
        """``attribute.contains("value")`` (a set attribute)."""
        return PolicyCondition({"kind": "leaf", "attribute": attribute, "render": ("method", "contains"),
                                "operand": ("literal", value)})

    @staticmethod
    def string_in(attribute: PolicyAttribute, values: Sequence[str]) -> PolicyCondition:
        """``["a", "b"].contains(attribute)``."""
        return PolicyCondition._member_of(attribute, values)

    @staticmethod
    def number_in(attribute: PolicyAttribute, values: Sequence[float]) -> PolicyCondition:
        """``[1, 2].contains(attribute)``."""
        return PolicyCondition._member_of(attribute, values)

    @staticmethod
    def all_of(conditions: Sequence[PolicyCondition]) -> PolicyCondition:
        """All of ``conditions`` (``&&``)."""
        return PolicyCondition._group(conditions, "&&", "allOf")

    @staticmethod
    def any_of(conditions: Sequence[PolicyCondition]) -> PolicyCondition:
        """Any of ``conditions`` (``||``)."""
        return PolicyCondition._group(conditions, "||", "anyOf")

    def _to_cedar(self) -> str:
        node = self._node
        if node["kind"] == "group":
            members = [m._to_cedar() for m in node["members"]]
            return members[0] if len(members) == 1 else "(" + f" {node['operator']} ".join(members) + ")"
        lhs = node["attribute"]._to_cedar()
        kind, arg = node["operand"]
        if kind == "literal":
            operand = _literal(arg, "condition value")
        elif kind == "set":
            operand = "[" + ", ".join(_literal(m, "set member") for m in arg) + "]"
        else:
            operand = f"ip({_cedar_string(arg, 'ipRange')})"
        render, detail = node["render"]
        if render == "infix":
            return f"{lhs} {detail} {operand}"
        if render == "method":
            return f"{lhs}.{detail}({operand})"
        return f"{operand}.contains({lhs})"


class PolicyPrincipal:
    """Who a statement applies to (build one with the static methods).

    Args:
        entity_type: the principal's entity type.
        entity_id: the principal's id.
        member_of: the group (type and id) the principal is in.
    """

    def __init__(self, entity_type: str | None = None, entity_id: str | None = None,
                 member_of: tuple[str, str] | None = None) -> None:
        self._entity_type = entity_type
        self._entity_id = entity_id
        self._member_of = member_of

    @staticmethod
    def any() -> PolicyPrincipal:
        """Any principal."""
        return PolicyPrincipal()

    @staticmethod
    def entity_type(entity_type: str) -> PolicyPrincipal:
        """Any principal of ``entity_type`` (``principal is AgentCore::OAuthUser``)."""
        return PolicyPrincipal(entity_type)

    @staticmethod
    def entity(entity_type: str, entity_id: str) -> PolicyPrincipal:
        """One principal (``principal == AgentCore::OAuthUser::"id"``)."""
        return PolicyPrincipal(entity_type, entity_id)

    @staticmethod
    def in_group(group_type: str, group_id: str) -> PolicyPrincipal:
        """The members of a group (``principal in Type::"id"``)."""
        return PolicyPrincipal(member_of=(group_type, group_id))

    def _to_cedar(self) -> str:
        if self._member_of is not None:
            group_type, group_id = self._member_of
            return (f"principal in {_cedar_path(group_type, 'principal group type')}::"
                    f"{_cedar_entity_id(group_id, 'group id')}")
        if self._entity_type is None:
            return "principal"
        entity_type = _cedar_path(self._entity_type, "principal type")
        if self._entity_id is None:
            return f"principal is {entity_type}"
        entity_id = _cedar_entity_id(self._entity_id, "principal id",
                                     "Use entityType() to match any entity of the type.")
        return f"principal == {entity_type}::{entity_id}"


class PolicyAction:
    """What actions a statement applies to (build one with the static methods).

    Args:
        actions: the actions (default any).
    """

    def __init__(self, actions: Sequence[str] | None = None) -> None:
        self._actions = list(actions) if actions is not None else None

    @staticmethod
    def any() -> PolicyAction:
        """Any action."""
        return PolicyAction()

    @staticmethod
    def one(action: str) -> PolicyAction:
        """One action (``AgentCore::Action::"tool"``)."""
        return PolicyAction.any_of([action])

    @staticmethod
    def any_of(actions: Sequence[str]) -> PolicyAction:
        """Any of ``actions``."""
        if len(actions) == 0:
            raise UnscopedValidationError("At least one action must be specified")
        return PolicyAction(actions)

    def _to_cedar(self) -> str:
        if self._actions is None:
            return "action"
        if len(self._actions) == 1:
            return f"action == {_cedar_action_uid(self._actions[0])}"
        return "action in [" + ", ".join(_cedar_action_uid(a) for a in self._actions) + "]"


class PolicyResource:
    """What resources a statement applies to (build one with the static methods).

    Args:
        entity_type: the resource's entity type.
        entity_arn: the resource's ARN.
    """

    def __init__(self, entity_type: str, entity_arn: str | None = None) -> None:
        self._entity_type = entity_type
        self._entity_arn = entity_arn

    @staticmethod
    def any_of_type(entity_type: str) -> PolicyResource:
        """Any resource of ``entity_type`` (``resource is AgentCore::Gateway``)."""
        return PolicyResource(entity_type)

    @staticmethod
    def instance(entity_type: str, entity_arn: str) -> PolicyResource:
        """One resource (``resource == AgentCore::Gateway::"arn"``)."""
        return PolicyResource(entity_type, entity_arn)

    def _to_cedar(self) -> str:
        entity_type = _cedar_path(self._entity_type, "resource type")
        if self._entity_arn is None:
            return f"resource is {entity_type}"
        return f"resource == {entity_type}::{_cedar_entity_id(self._entity_arn, 'resource id')}"


@structs.frozen(kw_only=True)
class PolicyStatementProps:
    """The parts of a ``PolicyStatement``."""

    action: PolicyAction
    """The actions."""
    effect: PolicyEffect
    """Permit or forbid."""
    principal: PolicyPrincipal
    """The principals."""
    resource: PolicyResource
    """The resources."""
    unless: Sequence[PolicyCondition] | None = None
    """Conditions that exempt a request (joined with ``&&``)."""
    when: Sequence[PolicyCondition] | None = None
    """Conditions a request must meet (joined with ``&&``)."""


def _clause(conditions: Sequence[PolicyCondition] | None) -> str | None:
    if not conditions:
        return None
    return " && ".join(c._to_cedar() for c in conditions)


class PolicyStatement:
    """One Cedar policy statement, built from its parts or given as Cedar text (``from_cedar``).

    Args:
        action: the actions.
        effect: permit or forbid.
        principal: the principals.
        resource: the resources.
        unless: conditions that exempt a request.
        when: conditions a request must meet.
    """

    def __init__(self, *, action: PolicyAction, effect: PolicyEffect, principal: PolicyPrincipal,
                 resource: PolicyResource, unless: Sequence[PolicyCondition] | None = None,
                 when: Sequence[PolicyCondition] | None = None) -> None:
        self._props = PolicyStatementProps(action=action, effect=effect, principal=principal, resource=resource,
                                           unless=unless, when=when)
        self._raw_cedar: str | None = None

    @staticmethod
    def from_cedar(cedar_statement: str) -> PolicyStatement:
        """A statement given as Cedar text (surrounding whitespace removed)."""
        statement = PolicyStatement(effect=PolicyEffect.PERMIT, principal=PolicyPrincipal.any(),
                                    action=PolicyAction.any(), resource=PolicyResource.any_of_type("AgentCore::Gateway"))
        statement._raw_cedar = cedar_statement.strip()
        return statement

    def to_cedar(self) -> str:
        """The statement as Cedar text."""
        if self._raw_cedar:
            return self._raw_cedar
        p = self._props
        cedar = (f"{p.effect.value}(\n  {p.principal._to_cedar()},\n  {p.action._to_cedar()},\n"
                 f"  {p.resource._to_cedar()}\n)")
        when = _clause(p.when)
        if when:
            cedar += f"\nwhen {{\n  {when}\n}}"
        unless = _clause(p.unless)
        if unless:
            cedar += f"\nunless {{\n  {unless}\n}}"
        return f"{cedar};"
