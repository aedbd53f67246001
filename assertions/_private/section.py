"""Matching a pattern against every entry of a template section (Resources, Outputs, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._matcher import Matcher, MatchResult
from .boundary import from_python
from .js import json_stringify
from .matchers import ObjectMatch, closest_first, run

_CLOSEST_SHOWN = 3


@dataclass
class SectionMatch:
    """Outcome of :func:`match_section`.

    Attributes:
        matches: the entries that matched, by id (empty when none did).
        closest: when none matched, up to three failed results by id, closest first.
        analyzed: every entry that was tried, by id.
    """

    matches: dict[str, Any] = field(default_factory=dict)
    closest: dict[str, MatchResult] = field(default_factory=dict)
    analyzed: dict[str, Any] = field(default_factory=dict)

    @property
    def matched(self) -> bool:
        return bool(self.matches)

    @property
    def analyzed_count(self) -> int:
        return len(self.analyzed)


def match_section(section: dict[str, Any] | None, pattern: Any) -> SectionMatch:
    """Test every entry of ``section`` against ``pattern`` (a user value; a literal dict is matched object-like)."""
    pattern = from_python(pattern)
    matcher = pattern if Matcher.is_matcher(pattern) else ObjectMatch("objectLike", pattern)
    outcome = SectionMatch()
    failures: list[tuple[str, MatchResult]] = []
    for entry_id, entry in (section or {}).items():
        outcome.analyzed[entry_id] = entry
        result = run(matcher, entry).finished()
        if result.has_failed():
            failures.append((entry_id, result))
        else:
            outcome.matches[entry_id] = entry
    if not outcome.matches:
        outcome.closest = dict(closest_first(failures)[:_CLOSEST_SHOWN])
    return outcome


def filter_logical_id(section: dict[str, Any] | None, logical_id: str) -> dict[str, Any]:
    """The entries of ``section`` with id ``logical_id`` (``"*"`` keeps them all)."""
    if logical_id == "*":
        return dict(section or {})
    return {k: v for k, v in (section or {}).items() if k == logical_id}


def format_closest(closest: dict[str, MatchResult]) -> str:
    """``The N closest matches:`` followed by each candidate rendered with its mismatches."""
    if not closest:
        return "No matches found"
    return "\n".join(
        [
            f"The {len(closest)} closest matches:",
            *(f"{k} :: {r.render_mismatch()}" for k, r in closest.items()),
        ]
    )


def format_section_failure(qualifier: str, outcome: SectionMatch, what: str = "Template") -> str:
    """E.g. ``Template has 1 resources with type X, but none match as expected.`` plus the closest matches."""
    count = outcome.analyzed_count
    return "".join(
        [
            f"{what} has {count} {qualifier}",
            ", but none match as expected" if count > 0 else "",
            ".\n",
            format_closest(outcome.closest),
        ]
    )


def format_all_matches(matches: dict[str, Any]) -> str:
    """The matches as indented JSON, shifted right by two spaces."""
    text = json_stringify(matches, indent=2) or ""
    return "  " + text.replace("\n", "\n  ")


def format_all_mismatches(analyzed: dict[str, Any], matches: dict[str, Any] | None = None) -> str:
    """``The following resources do not match the given definition:`` and a tab-indented id per line."""
    matches = matches or {}
    return "\n".join(
        [
            "The following resources do not match the given definition:",
            *(f"\t{entry_id}" for entry_id in analyzed if entry_id not in matches),
        ]
    )
