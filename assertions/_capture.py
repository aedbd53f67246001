"""``Capture``: a matcher that records the values it matches."""

from __future__ import annotations

from typing import Any, NoReturn

from ._errors import AssertionFailure
from ._matcher import Matcher, MatchResult
from ._private.boundary import from_python, to_python
from ._private.js import UNDEFINED, is_nullish, js_string, json_stringify, type_of
from ._private.matchers import BuiltinMatcher, ObjectMatch, run


class Capture(BuiltinMatcher):
    """Captures the value found at its place in a pattern; read it with ``as_string()`` and friends.

    When several resources (or list elements) match, every value is captured; step through them with
    :meth:`next`. Values are recorded only when the whole match succeeds.

    Args:
        pattern: optional nested pattern the value must also match (a literal dict is matched object-like).
    """

    def __init__(self, pattern: Any = None) -> None:
        self.name = "Capture"
        self._pattern = from_python(pattern)
        self._captured: list[Any] = []
        self._idx = 0

    def _test(self, actual: Any) -> MatchResult:
        result = MatchResult(actual)
        if is_nullish(actual):
            return result.record_failure(
                matcher=self,
                path=[],
                message=f"Can only capture non-nullish values. Found {js_string(actual)}",
            )
        if self._pattern is not UNDEFINED:
            inner_matcher = (
                self._pattern
                if Matcher.is_matcher(self._pattern)
                else ObjectMatch("objectLike", self._pattern)
            )
            inner = run(inner_matcher, actual)
            if inner.has_failed():
                return inner
        result.record_capture(capture=self, value=actual)
        return result

    def next(self) -> bool:
        """Move to the next captured value.

        Returns:
            ``True`` if there was another value, ``False`` (staying on the last one) otherwise.
        """
        if self._idx < len(self._captured) - 1:
            self._idx += 1
            return True
        return False

    def as_string(self) -> str:
        """The current captured value, which must be a string."""
        return self._typed("string")

    def as_number(self) -> int | float:
        """The current captured value, which must be a number."""
        return self._typed("number")

    def as_boolean(self) -> bool:
        """The current captured value, which must be a boolean."""
        return self._typed("boolean")

    def as_array(self) -> list[Any]:
        """The current captured value, which must be a list."""
        return self._typed("array")

    def as_object(self) -> dict[str, Any]:
        """The current captured value, which must be a dict."""
        return self._typed("object")

    def _typed(self, expected: str) -> Any:
        if not self._captured:
            raise AssertionFailure("No value captured")
        value = self._captured[self._idx]
        if type_of(value) == expected and value is not None:
            return to_python(value)
        self._report_incorrect_type(expected, value)

    @staticmethod
    def _report_incorrect_type(expected: str, value: Any) -> NoReturn:
        raise AssertionFailure(
            f"Captured value is expected to be {expected} but found {type_of(value)}. "
            f"Value is {json_stringify(value, indent=2)}"
        )
