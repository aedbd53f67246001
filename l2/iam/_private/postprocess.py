"""Rendering of one statement and the post-processing of a resolved policy document.

``normalize_statement`` turns a statement's fields into CloudFormation JSON: single-element lists become
scalars, empty fields disappear, Action/Resource lists are de-duplicated. ``PostProcessPolicyDocument``
runs on the *resolved* document: it drops statements whose JSON is identical to an earlier one, assigns
Sids when asked and sorts actions, resources and principals when statements are minimized.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Token

from .util import LITERAL_STRING_KEY, json_key


def _norm(values: Any) -> Any:
    if values is None:
        return None
    if type(values) is list and len(values) == 1:
        value = values[0]
        if type(value) is str and not value.startswith("#{Token["):
            return value  # a lone plain string (not an encoded list token, which begins with the marker)
    if Token.is_unresolved(values):
        return values
    if isinstance(values, list):
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        return values
    if isinstance(values, dict) and not values:
        return None
    return values


def _norm_set(items: Mapping[Any, Any]) -> Any:
    """The values of a statement's ordered set (key -> value): absent when empty, alone as a scalar (unless the
    value is a list token), several de-duplicated."""
    if not items:
        return None
    if len(items) == 1:
        for value in items.values():
            if type(value) is str and not value.startswith("#{Token["):
                return value  # not an encoded list token (those begin with the marker): the value alone
            values = [value]
            return values if Token.is_unresolved(values) else value
    return list(dict.fromkeys(items.values()))


def _norm_scalar(value: Any) -> Any:
    return value if value is None or type(value) is str else _norm(value)


def _norm_principal(principal: Any) -> Any:
    if not principal or not isinstance(principal, dict):
        return None
    if LITERAL_STRING_KEY in principal:
        return principal[LITERAL_STRING_KEY][0]
    result: dict[str, Any] = {}
    for key, value in principal.items():
        norm = _norm(value)
        if norm:
            result[key] = norm
    return result


def normalize_statement(
    *,
    action: Mapping[Any, Any],
    not_action: Mapping[Any, Any],
    condition: dict[str, Any],
    effect: str,
    principal: dict[str, Any],
    not_principal: dict[str, Any],
    resource: Mapping[Any, Any],
    not_resource: Mapping[Any, Any],
    sid: str | None,
) -> dict[str, Any]:
    """The statement JSON, keys in aws-cdk-lib's order, absent fields left out.

    ``action``, ``not_action``, ``resource`` and ``not_resource`` are the statement's ordered sets (see
    ``PolicyStatement``): only their values are rendered.
    """
    # empty fields are skipped before normalizing (most statements have no NotAction, NotResource, Sid...); the
    # keys go in in aws-cdk-lib's order, a field that normalizes to None is left out
    out: dict[str, Any] = {}
    if action and (value := _norm_set(action)) is not None:
        out["Action"] = value
    if not_action and (value := _norm_set(not_action)) is not None:
        out["NotAction"] = value
    if condition and (value := _norm(condition)) is not None:
        out["Condition"] = value
    if (value := effect if type(effect) is str else _norm_scalar(effect)) is not None:
        out["Effect"] = value
    if principal and (value := _norm_principal(principal)) is not None:
        out["Principal"] = value
    if not_principal and (value := _norm_principal(not_principal)) is not None:
        out["NotPrincipal"] = value
    if resource and (value := _norm_set(resource)) is not None:
        out["Resource"] = value
    if not_resource and (value := _norm_set(not_resource)) is not None:
        out["NotResource"] = value
    if sid is not None and (value := sid if type(sid) is str else _norm_scalar(sid)) is not None:
        out["Sid"] = value
    return out


def _sort_by_json(xs: Any) -> Any:
    if not isinstance(xs, list):
        return xs
    by_key: dict[str, Any] = {}
    for x in xs:
        by_key[json_key(x)] = x
    ordered = [by_key[k] for k in sorted(by_key)]
    return ordered if len(ordered) != 1 else ordered[0]


def _sort_principals(xs: Any) -> Any:
    if not isinstance(xs, dict):
        return xs
    return {k: _sort_by_json(xs[k]) for k in sorted(xs)}


_PAIRWISE_LIMIT = 8


def _unique_statements(statements: Any) -> list[Any]:
    """The statements without those whose JSON equals an earlier one's (a lone statement is unique)."""
    if type(statements) is list and len(statements) < 2:
        return statements
    if type(statements) is list and len(statements) <= _PAIRWISE_LIMIT and not any(
        a == b for i, a in enumerate(statements) for b in statements[i + 1 :]
    ):
        # equal JSON implies equal values, so no two equal values means nothing to drop (a cheap check for the
        # few statements most documents have); the resolved list is the caller's to keep
        return statements
    seen: set[str] = set()
    unique: list[Any] = []
    for statement in statements:
        key = json_key(statement)
        if key not in seen:
            seen.add(key)
            unique.append(statement)
    return unique


class PostProcessPolicyDocument:
    """Post-processor registered by ``PolicyDocument.resolve``."""

    __slots__ = ("_auto_assign_sids", "_sort")

    def __init__(self, auto_assign_sids: bool, sort: bool) -> None:
        self._auto_assign_sids = auto_assign_sids
        self._sort = sort

    def post_process(self, input: Any, context: Any) -> Any:
        if not input or not isinstance(input, dict) or not input.get("Statement"):
            return input
        # ``input`` is the resolver's fresh copy of the document: it is changed in place (the key keeps its place)
        unique = input["Statement"] = _unique_statements(input["Statement"])
        if not (self._auto_assign_sids or self._sort):
            return input
        for i, s in enumerate(unique):
            if self._auto_assign_sids and not s.get("Sid"):
                s["Sid"] = str(i)
            if self._sort:
                if s.get("Action"):
                    s["Action"] = _sort_by_json(s["Action"])
                if s.get("Resource"):
                    s["Resource"] = _sort_by_json(s["Resource"])
                if s.get("Principal"):
                    s["Principal"] = _sort_principals(s["Principal"])
        return input
