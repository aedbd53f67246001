"""``Match``: factories for the special matchers usable anywhere in an expected pattern."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._matcher import Matcher
from ._private.boundary import from_python
from ._private.matchers import (
    AbsentMatch,
    AnyMatch,
    ArrayMatch,
    LiteralMatch,
    NotMatch,
    ObjectMatch,
    SerializedJson,
    StringLikeRegexpMatch,
)


class Match:
    """Partial and special matching in template assertions (all static methods).

    Without any of these, a dict in a pattern is matched object-like at every level (extra keys allowed) and
    a list must match element by element with the same length. As with aws-cdk-lib under Python, ``None``
    in a pattern means "no value": a key whose value is ``None`` is ignored.
    """

    @staticmethod
    def absent() -> Matcher:
        """Matches only if the key is not present at all (``null`` is a value, so it fails)."""
        return AbsentMatch("absent")

    @staticmethod
    def any_value() -> Matcher:
        """Matches any value except ``null`` and a missing key."""
        return AnyMatch("anyValue")

    @staticmethod
    def array_with(pattern: Sequence[Any]) -> Matcher:
        """Matches a list that contains the pattern's elements in this order, possibly with others between.

        ``Match.absent()`` and ``Match.any_value()`` cannot be elements of the pattern.
        """
        return ArrayMatch("arrayWith", from_python(list(pattern)))

    @staticmethod
    def array_equals(pattern: Sequence[Any]) -> Matcher:
        """Matches a list of the same length whose elements match the pattern's, in order."""
        return ArrayMatch("arrayEquals", from_python(list(pattern)), subsequence=False)

    @staticmethod
    def exact(pattern: Any) -> Matcher:
        """Deep equality: dicts at any depth must have exactly the pattern's keys.

        Raises:
            MatcherUsageError: if ``pattern`` itself is a matcher.
        """
        return LiteralMatch("exact", from_python(pattern), partial_objects=False)

    @staticmethod
    def object_like(pattern: Mapping[str, Any]) -> Matcher:
        """Matches a dict that has the pattern's keys (with matching values) and possibly more."""
        return ObjectMatch("objectLike", from_python(pattern))

    @staticmethod
    def object_equals(pattern: Mapping[str, Any]) -> Matcher:
        """Matches a dict with exactly the pattern's keys; nested literal dicts are compared exactly too."""
        return ObjectMatch("objectEquals", from_python(pattern), partial=False)

    @staticmethod
    def not_(pattern: Any) -> Matcher:
        """Matches any value that does NOT match ``pattern`` (literals are compared exactly)."""
        return NotMatch("not", from_python(pattern))

    @staticmethod
    def serialized_json(pattern: Any) -> Matcher:
        """Matches a string holding JSON whose parsed value matches ``pattern`` (literals exactly)."""
        return SerializedJson("serializedJson", from_python(pattern))

    @staticmethod
    def string_like_regexp(pattern: str) -> Matcher:
        """Matches a string in which the regular expression is found anywhere (an unanchored search)."""
        return StringLikeRegexpMatch("stringLikeRegexp", pattern)

    @staticmethod
    def is_matcher(x: Any) -> bool:
        """Whether ``x`` is a :class:`Matcher` (same as ``Matcher.is_matcher``)."""
        return Matcher.is_matcher(x)
