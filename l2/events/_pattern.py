"""``EventPattern`` and the ``Match`` helpers that build its content filters."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import IResolveContext


@structs.frozen(kw_only=True)
class EventPattern:
    """Which events a rule or archive matches; every given field must match.

    Each field is a list of values, one of which must match (or ``Match`` helpers).

    Args:
        account: the 12-digit account ids the events come from.
        detail: a JSON object matched against the event's ``detail`` (nested lists of values).
        detail_type: the ``detail-type`` values (with ``source``, the kind of event).
        id: event ids.
        region: the regions the events come from.
        resources: ARNs of the resources involved.
        source: the services that send the events (e.g. ``aws.ec2``).
        time: event times.
        version: event versions (currently always ``0``).
    """

    account: Sequence[str] | None = None
    detail: Mapping[str, object] | None = None
    detail_type: Sequence[str] | None = None
    id: Sequence[str] | None = None
    region: Sequence[str] | None = None
    resources: Sequence[str] | None = None
    source: Sequence[str] | None = None
    time: Sequence[str] | None = None
    version: Sequence[str] | None = None


_IPV4 = r"^([0-9]{1,3}\.){3}[0-9]{1,3}(\/([0-9]|[1-2][0-9]|3[0-2]))?$"
# aws-cdk-lib's IPv6 pattern, kept as it is (including its ``s*`` and ``d`` spellings) so that the same ranges
# are accepted and rejected.
_H = "[0-9A-Fa-f]{1,4}"
_V4 = r"((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})"
_IPV6 = (
    r"^s*("
    rf"(({_H}:){{7}}({_H}|:))|"
    rf"(({_H}:){{6}}(:{_H}|{_V4}|:))|"
    rf"(({_H}:){{5}}(((:{_H}){{1,2}})|:{_V4}|:))|"
    rf"(({_H}:){{4}}(((:{_H}){{1,3}})|((:{_H})?:{_V4})|:))|"
    rf"(({_H}:){{3}}(((:{_H}){{1,4}})|((:{_H}){{0,2}}:{_V4})|:))|"
    rf"(({_H}:){{2}}(((:{_H}){{1,5}})|((:{_H}){{0,3}}:{_V4})|:))|"
    rf"(({_H}:){{1}}(((:{_H}){{1,6}})|((:{_H}){{0,4}}:{_V4})|:))|"
    rf"(:(((:{_H}){{1,7}})|((:{_H}){{0,5}}:{_V4})|:))"
    r")(%.+)?s*(\/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$"
)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class Match:
    """Content filters for event patterns; each factory returns a list to use as a pattern field's value.

    A ``Match`` instance is the token behind ``all_of``: it resolves to its matchers, merged into one numeric
    matcher.

    Args:
        matchers: the matchers this token resolves to (each resolved; lists are flattened).
        merge_matchers: merge them into one numeric matcher, as ``all_of`` does (default false).
    """

    def __init__(self, matchers: Sequence[Any], merge_matchers: bool = False) -> None:
        self._matchers = list(matchers)
        self._merge_matchers = merge_matchers

    @property
    def creation_stack(self) -> list[str]:
        """Where the token was created (not captured)."""
        return ["Token stack traces are no longer captured"]

    def resolve(self, context: IResolveContext) -> Any:
        """The matchers, resolved (and merged for ``all_of``)."""
        matchers: list[Any] = []
        for matcher in self._matchers:
            resolved = context.resolve(matcher)
            if isinstance(resolved, list):
                matchers.extend(resolved)
            else:
                matchers.append(resolved)
        if not self._merge_matchers:
            return matchers
        if not all(isinstance(m, Mapping) and m.get("numeric") for m in matchers):
            raise UnscopedValidationError("Only numeric matchers can be merged into a single matcher.")
        return [{"numeric": [part for m in matchers for part in m["numeric"]]}]

    def to_string(self) -> str:
        """This matcher as a string token."""
        return Token.as_string(self)

    def as_list(self) -> list[str]:
        """This matcher as a list token."""
        return Token.as_list(self)

    # -- factories ---------------------------------------------------------------------------------------
    @staticmethod
    def null_value() -> list[str]:
        """Matches a field whose value is ``null``."""
        return [Token.as_string(None)]

    @staticmethod
    def exists() -> list[str]:
        """Matches when the field is present."""
        return [Token.as_string({"exists": True})]

    @staticmethod
    def does_not_exist() -> list[str]:
        """Matches when the field is absent."""
        return [Token.as_string({"exists": False})]

    @staticmethod
    def exact_string(value: str) -> list[str]:
        """Matches a string exactly (also one that looks like a pattern)."""
        return [Token.as_string(value)]

    @staticmethod
    def equals_ignore_case(value: str) -> list[str]:
        """Matches a string, ignoring case."""
        return [Token.as_string({"equals-ignore-case": value})]

    @staticmethod
    def prefix(value: str) -> list[str]:
        """Matches strings that start with ``value``."""
        return [Token.as_string({"prefix": value})]

    @staticmethod
    def suffix(value: str) -> list[str]:
        """Matches strings that end with ``value``."""
        return [Token.as_string({"suffix": value})]

    @staticmethod
    def prefix_equals_ignore_case(value: str) -> list[str]:
        """Matches strings that start with ``value``, ignoring case."""
        return [Token.as_string({"prefix": {"equals-ignore-case": value}})]

    @staticmethod
    def suffix_equals_ignore_case(value: str) -> list[str]:
        """Matches strings that end with ``value``, ignoring case."""
        return [Token.as_string({"suffix": {"equals-ignore-case": value}})]

    @staticmethod
    def wildcard(value: str) -> list[str]:
        """Matches strings against a ``*`` wildcard pattern."""
        return [Token.as_string({"wildcard": value})]

    @staticmethod
    def cidr(range: str) -> list[str]:
        """Matches IPv4 or IPv6 addresses in a CIDR range.

        Raises:
            UnscopedValidationError: ``range`` is not an IP address range.
        """
        # compiled on use (the IPv6 pattern takes milliseconds to compile; re caches it)
        if not re.search(_IPV4, range, re.I | re.M) and not re.search(_IPV6, range, re.I | re.M):
            raise UnscopedValidationError(f"Invalid IP address range: {range}")
        return [Token.as_string({"cidr": range})]

    @staticmethod
    def ip_address_range(range: str) -> list[str]:
        """Same as ``cidr``."""
        return Match.cidr(range)

    @staticmethod
    def anything_but(*values: object) -> list[str]:
        """Matches anything except the given values (all strings or all numbers).

        Raises:
            UnscopedValidationError: no values, or strings mixed with numbers.
        """
        if not values:
            raise UnscopedValidationError("anythingBut matchers must be non-empty lists")
        if not (all(_is_number(v) for v in values) or all(isinstance(v, str) for v in values)):
            raise UnscopedValidationError(
                "anythingBut matchers must be lists that contain only strings or only numbers."
            )
        return [Token.as_string({"anything-but": list(values)})]

    @staticmethod
    def anything_but_prefix(*values: str) -> list[str]:
        """Matches anything that starts with none of the prefixes."""
        return Match._anything_but_conjunction("prefix", values)

    @staticmethod
    def anything_but_suffix(*values: str) -> list[str]:
        """Matches anything that ends with none of the suffixes."""
        return Match._anything_but_conjunction("suffix", values)

    @staticmethod
    def anything_but_wildcard(*values: str) -> list[str]:
        """Matches anything that matches none of the wildcard patterns."""
        return Match._anything_but_conjunction("wildcard", values)

    @staticmethod
    def anything_but_equals_ignore_case(*values: str) -> list[str]:
        """Matches anything equal to none of the values, ignoring case."""
        return Match._anything_but_conjunction("equals-ignore-case", values)

    @staticmethod
    def greater_than(value: float) -> list[str]:
        """Matches numbers greater than ``value``."""
        return Match._numeric(">", value)

    @staticmethod
    def greater_than_or_equal(value: float) -> list[str]:
        """Matches numbers greater than or equal to ``value``."""
        return Match._numeric(">=", value)

    @staticmethod
    def less_than(value: float) -> list[str]:
        """Matches numbers less than ``value``."""
        return Match._numeric("<", value)

    @staticmethod
    def less_than_or_equal(value: float) -> list[str]:
        """Matches numbers less than or equal to ``value``."""
        return Match._numeric("<=", value)

    @staticmethod
    def equal(value: float) -> list[str]:
        """Matches numbers equal to ``value``."""
        return Match._numeric("=", value)

    @staticmethod
    def interval(lower: float, upper: float) -> list[str]:
        """Matches numbers in ``[lower, upper]``.

        Raises:
            UnscopedValidationError: ``lower`` is greater than ``upper``.
        """
        if lower > upper:
            raise UnscopedValidationError(f"Invalid interval: [{_js_num(lower)}, {_js_num(upper)}]")
        return Match.all_of(Match.greater_than_or_equal(lower), Match.less_than_or_equal(upper))

    @staticmethod
    def all_of(*matchers: object) -> list[str]:
        """Matches when every matcher matches (numeric matchers only, merged into one).

        Raises:
            UnscopedValidationError: no matchers.
        """
        if not matchers:
            raise UnscopedValidationError("A list of matchers must contain at least one element.")
        return Match(matchers, merge_matchers=True).as_list()

    @staticmethod
    def any_of(*matchers: object) -> list[str]:
        """Matches when any matcher matches.

        Raises:
            UnscopedValidationError: no matchers.
        """
        if not matchers:
            raise UnscopedValidationError("A list of matchers must contain at least one element.")
        out: list[str] = []
        for match in matchers:
            if isinstance(match, list | tuple):
                out.extend(Token.as_string(m) for m in match)
            else:
                out.append(Token.as_string(match))
        return out

    @staticmethod
    def _anything_but_conjunction(filter_key: str, values: Sequence[str]) -> list[str]:
        if not values:
            raise UnscopedValidationError("anythingBut matchers must be non-empty lists")
        filter_value: Any = values[0] if len(values) == 1 else list(values)
        return [Token.as_string({"anything-but": {filter_key: filter_value}})]

    @staticmethod
    def _numeric(operator: str, value: float) -> list[str]:
        return [Token.as_string({"numeric": [operator, value]})]


def _js_num(value: float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
