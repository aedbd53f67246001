"""The matchers behind :class:`~assertions.Match`.

Default rules, as in aws-cdk-lib: a literal dict is matched object-like (extra keys allowed) at every level,
a literal list must have the same length and each element must match (objects inside stay object-like), and
scalars must be equal and of the same JavaScript type. ``exact`` switches object-likeness off all the way down.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from typing import Any

from .._errors import MatcherUsageError
from .._matcher import Matcher, MatchResult
from .boundary import from_python, to_python
from .js import (
    UNDEFINED,
    entries,
    is_nullish,
    js_string,
    json_stringify,
    locale_compare_key,
    parse_json,
    raw_type_of,
    type_of,
)


class BuiltinMatcher(Matcher):
    """A matcher of this library: ``test`` takes user values (``None`` = missing), ``_test`` engine values."""

    def test(self, actual: Any) -> MatchResult:
        """Test a value given in Python terms (``None`` is a missing value, as under jsii)."""
        return self._test(from_python(actual))

    @abstractmethod
    def _test(self, actual: Any) -> MatchResult:
        """Test a value already in engine form (``UNDEFINED`` for missing, ``None`` for JSON null)."""


def run(matcher: Matcher, actual: Any) -> MatchResult:
    """Test ``actual`` (engine form) with any matcher; user-defined ones receive plain Python values."""
    if isinstance(matcher, BuiltinMatcher):
        return matcher._test(actual)
    return matcher.test(to_python(actual))


def as_matcher(pattern: Any, name: str, *, partial_objects: bool) -> Matcher:
    """``pattern`` itself if it is a matcher, otherwise a literal matcher for it."""
    if Matcher.is_matcher(pattern):
        return pattern
    return LiteralMatch(name, pattern, partial_objects=partial_objects)


class AbsentMatch(BuiltinMatcher):
    """Matches only a missing value (a key that is not there)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if actual is not UNDEFINED:
            result.record_failure(
                matcher=self, path=[], message=f"Received {js_string(actual)}, but key should be absent"
            )
        return result


class LiteralMatch(BuiltinMatcher):
    """Deep equality with ``pattern``; nested dicts are object-like when ``partial_objects``."""

    def __init__(self, name: str, pattern: Any, *, partial_objects: bool = False) -> None:
        if Matcher.is_matcher(pattern):
            raise MatcherUsageError(
                "LiteralMatch cannot directly contain another matcher. "
                "Remove the top-level matcher or nest it more deeply."
            )
        self.name = name
        self.pattern = pattern
        self.partial_objects = partial_objects

    def _test(self, actual: Any) -> MatchResult:
        if isinstance(self.pattern, (list, tuple)):
            return ArrayMatch(
                self.name, list(self.pattern), subsequence=False, partial_objects=self.partial_objects
            )._test(actual)
        if isinstance(self.pattern, dict):
            return ObjectMatch(self.name, self.pattern, partial=self.partial_objects)._test(actual)

        result = MatchResult(actual)
        if raw_type_of(self.pattern) != raw_type_of(actual):
            result.record_failure(
                matcher=self,
                path=[],
                message=f"Expected type {raw_type_of(self.pattern)} but received {type_of(actual)}",
            )
            return result
        if actual != self.pattern:
            result.record_failure(
                matcher=self,
                path=[],
                message=f"Expected {js_string(self.pattern)} but received {js_string(actual)}",
            )
        return result


class ArrayMatch(BuiltinMatcher):
    """Matches a list: element by element (``subsequence=False``) or as an ordered subsequence."""

    def __init__(
        self, name: str, pattern: list[Any], *, subsequence: bool = True, partial_objects: bool = False
    ) -> None:
        self.name = name
        self.pattern = list(pattern)
        self.subsequence = subsequence
        self.partial_objects = partial_objects

    def _test(self, actual: Any) -> MatchResult:
        if not isinstance(actual, (list, tuple)):
            return MatchResult(actual).record_failure(
                matcher=self, path=[], message=f"Expected type array but received {type_of(actual)}"
            )
        return self._test_subsequence(actual) if self.subsequence else self._test_full(actual)

    def _element_matcher(self, pattern: Any) -> Matcher:
        return as_matcher(pattern, self.name, partial_objects=self.partial_objects)

    def _test_full(self, actual: list[Any] | tuple[Any, ...]) -> MatchResult:
        result = MatchResult(actual)
        common = min(len(self.pattern), len(actual))
        for i in range(common):
            result.compose(str(i), run(self._element_matcher(self.pattern[i]), actual[i]))
        if common < len(self.pattern):
            result.record_failure(
                matcher=self,
                path=[str(common)],
                message=f"Not enough elements in array (expecting {len(self.pattern)}, got {len(actual)})",
            )
        if common < len(actual):
            result.record_failure(
                matcher=self,
                path=[str(common)],
                message=f"Too many elements in array (expecting {len(self.pattern)}, got {len(actual)})",
            )
        return result

    def _test_subsequence(self, actual: list[Any] | tuple[Any, ...]) -> MatchResult:
        result = MatchResult(actual)
        # tried[pattern index] = {actual index: result}, kept to report the closest candidate on failure.
        tried: dict[int, dict[int, MatchResult]] = {}
        pattern_idx = 0
        actual_idx = 0
        while pattern_idx < len(self.pattern) and actual_idx < len(actual):
            matcher = self._element_matcher(self.pattern[pattern_idx])
            if matcher.name in ("absent", "anyValue"):
                raise MatcherUsageError(f"The Matcher {matcher.name}() cannot be nested within arrayWith()")
            inner = run(matcher, actual[actual_idx])
            tried.setdefault(pattern_idx, {})[actual_idx] = inner
            actual_idx += 1
            if inner.is_success:
                # aws-cdk-lib files the (successful) inner result one index too far; only captures travel.
                result.compose(str(actual_idx), inner)
                pattern_idx += 1

        if pattern_idx < len(self.pattern):
            for matched_idx in range(pattern_idx):
                found = next((i for i, r in tried.get(matched_idx, {}).items() if r.is_success), None)
                if found is None:
                    continue
                note = MatchResult(actual[found]).record_failure(
                    matcher=self, path=[], message=f"arrayWith pattern {matched_idx} matched here", cost=0
                )
                result.compose(str(found), note)
            attempts = sorted(
                tried.get(pattern_idx, {}).items(), key=lambda item: (item[1].fail_cost, item[0])
            )
            if attempts:
                index, inner = attempts[0]
                result.record_failure(
                    matcher=self,
                    path=[str(index)],
                    message=f"Could not match arrayWith pattern {pattern_idx}. This is the closest match",
                    cost=0,
                )
                result.compose(str(index), inner)
            else:
                result.record_failure(
                    matcher=self,
                    path=[str(len(actual))],
                    message=f"Could not match arrayWith pattern {pattern_idx}. No more elements to try",
                )
        return result


class ObjectMatch(BuiltinMatcher):
    """Matches a dict: the pattern's keys must match; other keys are allowed only when ``partial``."""

    def __init__(self, name: str, pattern: Any, *, partial: bool = True) -> None:
        self.name = name
        self.pattern = pattern
        self.partial = partial

    def _test(self, actual: Any) -> MatchResult:
        if not isinstance(actual, dict):
            kind = "null" if actual is None else type_of(actual)
            return MatchResult(actual).record_failure(
                matcher=self, path=[], message=f"Expected type object but received {kind}"
            )
        result = MatchResult(actual)
        pattern_entries = entries(self.pattern)
        pattern_keys = {key for key, _ in pattern_entries}
        if not self.partial:
            for key in actual:
                if str(key) not in pattern_keys:
                    result.record_failure(matcher=self, path=[str(key)], message=f"Unexpected key {key}")
        for key, expected in pattern_entries:
            if key not in actual and not isinstance(expected, AbsentMatch):
                result.record_failure(matcher=self, path=[key], message=f"Missing key '{key}'")
                continue
            matcher = as_matcher(expected, self.name, partial_objects=self.partial)
            result.compose(key, run(matcher, actual.get(key, UNDEFINED)))
        return result


class SerializedJson(BuiltinMatcher):
    """Parses a JSON string and matches the parsed value (literal patterns exactly)."""

    def __init__(self, name: str, pattern: Any) -> None:
        self.name = name
        self.pattern = pattern

    def _test(self, actual: Any) -> MatchResult:
        if type_of(actual) != "string":
            return MatchResult(actual).record_failure(
                matcher=self, path=[], message=f"Expected JSON as a string but found {type_of(actual)}"
            )
        try:
            parsed = parse_json(actual)
        except ValueError:
            return MatchResult(actual).record_failure(
                matcher=self, path=[], message=f"Invalid JSON string: {actual}"
            )
        inner = run(as_matcher(self.pattern, self.name, partial_objects=False), parsed)
        if inner.has_failed():
            inner.record_failure(matcher=self, path=[], message="Encoded JSON value does not match")
        return inner


class NotMatch(BuiltinMatcher):
    """Succeeds exactly when ``pattern`` (literals compared exactly) does not match."""

    def __init__(self, name: str, pattern: Any) -> None:
        self.name = name
        self.pattern = pattern

    def _test(self, actual: Any) -> MatchResult:
        inner = run(as_matcher(self.pattern, self.name, partial_objects=False), actual)
        result = MatchResult(actual)
        if inner.fail_count == 0:
            shown = json_stringify(actual, indent=2)
            result.record_failure(
                matcher=self,
                path=[],
                message=f"Found unexpected match: {'undefined' if shown is None else shown}",
            )
        return result


class AnyMatch(BuiltinMatcher):
    """Matches any value except ``null`` and a missing one."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if is_nullish(actual):
            result.record_failure(matcher=self, path=[], message="Expected a value but found none")
        return result


class StringLikeRegexpMatch(BuiltinMatcher):
    """Matches a string in which the regular expression is found (``re.search``, multi-line)."""

    def __init__(self, name: str, pattern: str) -> None:
        self.name = name
        self.pattern = pattern
        self._regex = re.compile(pattern, re.MULTILINE)

    def _test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if not isinstance(actual, str):
            result.record_failure(
                matcher=self, path=[], message=f"Expected a string, but got '{raw_type_of(actual)}'"
            )
        if not self._regex.search(js_string(actual)):
            result.record_failure(
                matcher=self,
                path=[],
                message=f"String '{js_string(actual)}' did not match pattern '{self.pattern}'",
            )
        return result


def closest_first(failures: list[tuple[str, MatchResult]]) -> list[tuple[str, MatchResult]]:
    """Order candidates by failure cost, then by id (as aws-cdk-lib's ``localeCompare``)."""
    return sorted(failures, key=lambda item: (item[1].fail_cost, locale_compare_key(item[0])))
