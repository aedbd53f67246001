"""``Tags``: assertions on the stack-level tags recorded in the cloud assembly manifest."""

from __future__ import annotations

from typing import Any

from ._errors import AssertionFailure, MatcherUsageError
from ._match import Match
from ._matcher import Matcher
from ._private.boundary import from_python
from ._private.matchers import run
from ._private.synth import stack_tags


class Tags:
    """The tags a stack carries in the cloud assembly (they are not in the template).

    Args:
        tags: the tags, name to value.
    """

    def __init__(self, tags: dict[str, str]) -> None:
        self._tags = dict(tags)

    @staticmethod
    def from_stack(stack: Any) -> Tags:
        """The tags of ``stack`` (the app is synthesized once and cached)."""
        return Tags(stack_tags(stack))

    def has_values(self, tags: Any) -> None:
        """Assert that the tags match ``tags`` (a dict, matched object-like, or a :class:`Matcher`).

        Raises:
            MatcherUsageError: for ``Match.absent()``, which can never match; use :meth:`has_none`.
            AssertionFailure: if the tags do not match.
        """
        if Matcher.is_matcher(tags) and tags.name == "absent":
            raise MatcherUsageError(
                'Match.absent() will never match Tags because "{}" is the default value. '
                "Use Tags.hasNone() instead."
            )
        matcher = tags if Matcher.is_matcher(tags) else Match.object_like(tags)
        result = run(matcher, from_python(self._tags))
        if result.has_failed():
            raise AssertionFailure("Stack tags did not match as expected:\n" + result.render_mismatch())

    def has_none(self) -> None:
        """Assert that the stack has no tags."""
        self.has_values(Match.exact({}))

    def all(self) -> dict[str, str]:
        """The tags, name to value (``{}`` when there are none)."""
        return self._tags
