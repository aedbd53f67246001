"""``Annotations``: assertions on the errors, warnings and infos a stack reports at synthesis."""

from __future__ import annotations

import copy
from typing import Any

from ._errors import AssertionFailure
from ._private.boundary import from_python
from ._private.js import UNDEFINED
from ._private.section import format_all_matches, format_section_failure, match_section
from ._private.synth import stack_messages


def _as_dict(message: Any) -> dict[str, Any]:
    """A synthesis message as the JSON shape aws-cdk-lib matches: ``{level, id, entry: {type, data, trace}}``."""
    if isinstance(message, dict):
        return copy.deepcopy(message)
    entry = message.entry
    if not isinstance(entry, dict):
        entry = {"type": entry.type, "data": entry.data, "trace": getattr(entry, "trace", None)}
    entry = {k: v for k, v in entry.items() if v is not None and v is not UNDEFINED}
    return {"level": message.level, "id": message.id, "entry": entry}


class Annotations:
    """Assertions on the annotations (``Annotations.of(c).add_error(...)`` etc.) of a synthesized stack.

    Every method takes the construct path (``"/Stack/Construct"``, or ``"*"`` for any) and the message: a
    string compared exactly, or a :class:`Matcher` such as ``Match.string_like_regexp(...)``.
    """

    def __init__(self, messages: list[Any]) -> None:
        self._originals = list(messages)
        self._messages = {str(i): _as_dict(m) for i, m in enumerate(self._originals)}

    @staticmethod
    def from_stack(stack: Any) -> Annotations:
        """The annotations of ``stack``; the app is synthesized afresh so later annotations are seen."""
        return Annotations(stack_messages(stack))

    def has_error(self, construct_path: str, message: Any) -> None:
        """Assert that an error matching ``message`` was reported at ``construct_path``."""
        self._has("error", construct_path, message)

    def has_no_error(self, construct_path: str, message: Any) -> None:
        """Assert that no error matching ``message`` was reported at ``construct_path``."""
        self._has_no("error", construct_path, message)

    def find_error(self, construct_path: str, message: Any) -> list[Any]:
        """The errors at ``construct_path`` matching ``message`` (synthesis message objects)."""
        return self._find("error", construct_path, message)

    def has_warning(self, construct_path: str, message: Any) -> None:
        """Assert that a warning matching ``message`` was reported at ``construct_path``."""
        self._has("warning", construct_path, message)

    def has_no_warning(self, construct_path: str, message: Any) -> None:
        """Assert that no warning matching ``message`` was reported at ``construct_path``."""
        self._has_no("warning", construct_path, message)

    def find_warning(self, construct_path: str, message: Any) -> list[Any]:
        """The warnings at ``construct_path`` matching ``message`` (synthesis message objects)."""
        return self._find("warning", construct_path, message)

    def has_info(self, construct_path: str, message: Any) -> None:
        """Assert that an info matching ``message`` was reported at ``construct_path``."""
        self._has("info", construct_path, message)

    def has_no_info(self, construct_path: str, message: Any) -> None:
        """Assert that no info matching ``message`` was reported at ``construct_path``."""
        self._has_no("info", construct_path, message)

    def find_info(self, construct_path: str, message: Any) -> list[Any]:
        """The infos at ``construct_path`` matching ``message`` (synthesis message objects)."""
        return self._find("info", construct_path, message)

    def _at(self, construct_path: str) -> dict[str, dict[str, Any]]:
        if construct_path == "*":
            return dict(self._messages)
        return {k: m for k, m in self._messages.items() if m.get("id") == construct_path}

    @staticmethod
    def _pattern(level: str, message: Any) -> dict[str, Any]:
        return {"level": level, "entry": {"data": from_python(message)}}

    def _has(self, level: str, construct_path: str, message: Any) -> None:
        outcome = match_section(self._at(construct_path), self._pattern(level, message))
        if outcome.matched:
            return
        for result in outcome.closest.values():
            # Traces are long and unreadable: shown as "redacted" (aws-cdk-lib always has one to redact).
            entry = result.target.get("entry") if isinstance(result.target, dict) else None
            if isinstance(entry, dict):
                entry["trace"] = "redacted"
        raise AssertionFailure(format_section_failure(f"messages at path {construct_path}", outcome, "Stack"))

    def _has_no(self, level: str, construct_path: str, message: Any) -> None:
        outcome = match_section(self._at(construct_path), self._pattern(level, message))
        if not outcome.matched:
            return
        raise AssertionFailure(
            "\n".join(
                [
                    f"Expected no matches, but stack has {len(outcome.matches)} messages as follows:",
                    format_all_matches(outcome.matches),
                ]
            )
        )

    def _find(self, level: str, construct_path: str, message: Any) -> list[Any]:
        outcome = match_section(self._at(construct_path), self._pattern(level, message))
        return [self._originals[int(k)] for k in outcome.matches]
