"""Small helpers shared by the IAM constructs.

- ``merge_principal``: fold a principal's JSON fragment into a statement's principal map.
- ``UniqueStringSet``: a list token whose resolved value is de-duplicated (empty lists disappear).
- ``attach_policy``: the inline policies of an identity (a tuple), with one more; unique by name.
- ``generate_policy_name``: the default ``PolicyName`` of an inline policy (its logical id).
- ``json_key``: the compact ``JSON.stringify`` form used to compare values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from constructs import AspectPriority, Token, UnscopedValidationError, ValidationError

if TYPE_CHECKING:
    from .._policy import Policy

MAX_POLICY_NAME_LEN = 128
LITERAL_STRING_KEY = "LiteralString"


def _json_default(value: Any) -> Any:
    to_json = getattr(value, "to_json", None)
    if to_json is not None:
        return to_json()
    return str(value)


# One encoder for every call: ``json.dumps`` with these options builds a new one each time.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default)


def json_key(value: Any) -> str:
    """``JSON.stringify(value)``: compact, key order kept, non-ASCII raw."""
    if type(value) is dict and not value:
        return "{}"  # the common case (statements and principals without conditions), without the encoder
    return _ENCODER.encode(value)


def _has_other_key(principal: Mapping[str, Any]) -> bool:
    """True if ``principal`` has a key other than ``LiteralString``."""
    return len(principal) > (LITERAL_STRING_KEY in principal)


def merge_principal(target: dict[str, list[Any]], source: dict[str, Any]) -> dict[str, list[Any]]:
    """Append the values of ``source`` (a principal JSON fragment) to ``target``, key by key.

    Raises:
        UnscopedValidationError: a literal principal (``StarPrincipal``) is combined with another one.
    """
    if (LITERAL_STRING_KEY in source and _has_other_key(target)) or (
        LITERAL_STRING_KEY in target and _has_other_key(source)
    ):
        raise UnscopedValidationError(
            f"Cannot merge principals {json_key(target)} and {json_key(source)}; "
            "if one uses a literal principal string the other one must be empty"
        )
    for key, value in source.items():
        bucket = target.setdefault(key, [])
        if isinstance(value, list):
            bucket.extend(value)
        else:
            bucket.append(value)
    return target


class UniqueStringSet:
    """Resolves to the de-duplicated result of ``fn()`` (first occurrence wins); an empty list becomes absent."""

    __slots__ = ("_fn",)

    def __init__(self, fn: Callable[[], list[Any]]) -> None:
        self._fn = fn

    @staticmethod
    def from_(fn: Callable[[], list[Any]]) -> list[str]:
        """A list token for ``fn``'s de-duplicated result."""
        return Token.as_list(UniqueStringSet(fn))

    @property
    def creation_stack(self) -> list[str]:
        return []

    def _values(self) -> Any:
        return self._fn()

    def resolve(self, context: Any) -> Any:
        value = self._values()
        if type(value) is list and not value:
            return None  # what post-processing makes of an empty list (absent), without registering it
        context.register_post_processor(self)
        return value

    def post_process(self, input: Any, context: Any) -> Any:
        if not isinstance(input, list):
            return input
        if not input:
            return None
        if len(input) == 1:
            return list(input)
        unique: dict[str, Any] = {}
        for element in input:
            unique.setdefault(json_key(element), element)
        return list(unique.values())

    def to_string(self) -> str:
        return Token.as_string(self)


def attach_policy(attached: tuple[Policy, ...], policy: Policy) -> tuple[Policy, ...]:
    """The inline policies ``attached`` to an identity, with ``policy`` (unchanged when it is already there).

    A tuple on the identity, not an object holding a list: most identities attach one policy or none.

    Raises:
        ValidationError: another policy with the same name is attached (two policies may not share a name).
    """
    if any(p is policy for p in attached):
        return attached
    # Like aws-cdk-lib, names are only read (which marks a Policy as referenced) when others exist.
    if any(p.policy_name == policy.policy_name for p in attached):
        raise ValidationError(f'A policy named "{policy.policy_name}" is already attached', policy)
    return (*attached, policy)


def generate_policy_name(logical_id: str) -> str:
    """The last 128 characters of the policy's logical id."""
    return logical_id[-MAX_POLICY_NAME_LEN:]


ASPECT_PRIORITIES_MUTATING_FLAG = "@aws-cdk/core:aspectPrioritiesMutating"


def mutating_aspect_priority(scope: Any) -> int | None:
    """``AspectPriority.MUTATING`` when the aspect-priorities flag is on, else None (the default priority)."""
    flag = scope.node.try_get_context(ASPECT_PRIORITIES_MUTATING_FLAG)
    return AspectPriority.MUTATING if flag is True or flag == "true" else None


def path_prefix(path: str | None) -> str:
    """The path without its leading slash, as used in the ARN (``/a/`` -> ``a/``)."""
    if not path:
        return ""
    return path[1:] if path.startswith("/") else path
