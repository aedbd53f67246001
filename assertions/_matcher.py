"""The matcher protocol: :class:`Matcher`, :class:`MatchResult` and the records they exchange.

Write a custom matcher by subclassing :class:`Matcher`, giving it a ``name`` and implementing
``test(actual) -> MatchResult``; record mismatches with :meth:`MatchResult.record_failure` and nest other
matchers' results with :meth:`MatchResult.compose`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._private import render

if TYPE_CHECKING:
    from ._capture import Capture


class Matcher(ABC):
    """Something that can be tested against a value of a template.

    Subclasses provide ``name`` (shown in failure messages, e.g. ``objectLike``) and :meth:`test`.
    """

    name: str

    @staticmethod
    def is_matcher(x: Any) -> bool:
        """Whether ``x`` is a :class:`Matcher` (rather than a literal pattern)."""
        return isinstance(x, Matcher)

    @abstractmethod
    def test(self, actual: Any) -> MatchResult:
        """Test ``actual`` against this matcher.

        Args:
            actual: the value found in the template.

        Returns:
            The result; it has failed if and only if ``actual`` does not match.
        """


@dataclass(frozen=True)
class MatchFailure:
    """One mismatch recorded in a :class:`MatchResult`.

    Attributes:
        matcher: the matcher that found the mismatch.
        path: where, relative to the result's target, as a list of keys / list indices (``[]`` = the target).
        message: what was expected and what was found.
        cost: how much this mismatch counts when ranking the closest candidates (default 1).
    """

    matcher: Matcher
    path: list[str]
    message: str
    cost: float | None = None


@dataclass(frozen=True)
class MatchCapture:
    """A value captured by a :class:`~assertions.Capture` during a match."""

    capture: Capture
    value: Any


class MatchResult:
    """The outcome of :meth:`Matcher.test`: failures by path, nested results and captured values.

    Args:
        target: the value that was tested.
    """

    def __init__(self, target: Any) -> None:
        self.target = target
        self._failures_here: dict[str, list[MatchFailure]] = {}
        self._inner: dict[str, MatchResult] = {}
        self._captures: dict[Capture, list[Any]] = {}
        self._finalized = False
        self._has_failed = False
        self._fail_count = 0
        self._cost: float = 0

    def push(self, matcher: Matcher, path: list[str], message: str) -> MatchResult:
        """Deprecated spelling of :meth:`record_failure`."""
        return self.record_failure(matcher=matcher, path=path, message=message)

    def record_failure(
        self,
        failure: MatchFailure | None = None,
        *,
        matcher: Matcher | None = None,
        message: str | None = None,
        path: list[str] | None = None,
        cost: float | None = None,
    ) -> MatchResult:
        """Record a mismatch at ``path`` (relative to this result's target).

        Pass either a :class:`MatchFailure` or its fields as keywords.

        Returns:
            ``self``, for chaining.
        """
        if failure is None:
            if matcher is None or message is None or path is None:
                raise TypeError("record_failure() needs a MatchFailure or matcher=, message= and path=")
            failure = MatchFailure(matcher=matcher, path=list(path), message=message, cost=cost)
        key = ".".join(failure.path)
        self._failures_here.setdefault(key, []).append(failure)
        self._fail_count += 1
        self._cost += 1 if failure.cost is None else failure.cost
        self._has_failed = True
        return self

    @property
    def is_success(self) -> bool:
        """Whether the match succeeded (no failures)."""
        return not self._has_failed

    def has_failed(self) -> bool:
        """Whether any failure was recorded, here or in a composed result."""
        return self._has_failed

    @property
    def fail_count(self) -> int:
        """The number of failures, including those of composed results."""
        return self._fail_count

    @property
    def fail_cost(self) -> float:
        """The summed cost of the failures; the closest candidate is the one with the lowest cost."""
        return self._cost

    def compose(self, id: str, inner: MatchResult) -> MatchResult:
        """Nest ``inner`` (the result for the child at key/index ``id``) under this result.

        Failures of ``inner`` count as failures here; its captures are carried along.

        Returns:
            ``self``, for chaining.
        """
        if inner.has_failed():
            self._has_failed = True
            self._fail_count += inner._fail_count
            self._cost += inner._cost
            self._inner[id] = inner
        for capture, values in inner._captures.items():
            for value in values:
                self.record_capture(capture=capture, value=value)
        return self

    def finished(self) -> MatchResult:
        """Finalize the result: if it succeeded, hand the captured values to their captures.

        Call this once the whole match is done, before reading any :class:`~assertions.Capture`.
        """
        if self._finalized:
            return self
        if self._fail_count == 0:
            for capture, values in self._captures.items():
                capture._captured.extend(values)
        self._finalized = True
        return self

    def record_capture(
        self, options: MatchCapture | None = None, *, capture: Capture | None = None, value: Any = None
    ) -> None:
        """Record that ``capture`` captured ``value`` during this match."""
        if options is not None:
            capture, value = options.capture, options.value
        if capture is None:
            raise TypeError("record_capture() needs a MatchCapture or capture= and value=")
        self._captures.setdefault(capture, []).append(value)

    def to_human_strings(self) -> list[str]:
        """One line per failure: ``<message> at /<path> (using <matcher> matcher)``."""
        return render.human_strings(self)

    def render_mismatch(self) -> str:
        """The target pretty-printed with each failure annotated (``!!``) above the line it concerns."""
        return render.render_mismatch(self)

    def __repr__(self) -> str:
        state = "success" if self.is_success else f"{self._fail_count} failure(s)"
        return f"<MatchResult {state}>"
