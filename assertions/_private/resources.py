"""Checks on the ``Resources`` section. Each returns an error message, or ``None`` when the check holds."""

from __future__ import annotations

import copy
from typing import Any

from .boundary import from_python
from .matchers import AbsentMatch, ObjectMatch
from .section import format_all_matches, format_all_mismatches, format_section_failure, match_section


def _of_type(template: dict[str, Any], type: str) -> dict[str, Any]:
    return {k: v for k, v in (template.get("Resources") or {}).items() if v.get("Type") == type}


def _properties_pattern(template: dict[str, Any], props: Any) -> tuple[dict[str, Any], Any]:
    """Wrap a Properties pattern into a resource pattern.

    Resources without ``Properties`` get an empty one first, so that ``{}`` and ``Match.not_(...)`` match
    them; ``Match.absent()`` alone is checked against the template as it is.
    """
    amended = template
    if not isinstance(props, AbsentMatch):
        amended = copy.deepcopy(template)
        for resource in (amended.get("Resources") or {}).values():
            resource.setdefault("Properties", {})
    return amended, ObjectMatch("objectLike", {"Properties": from_python(props)})


def find_resources(template: dict[str, Any], type: str, props: Any) -> dict[str, Any]:
    return match_section(_of_type(template, type), props).matches


def get_resource_id(template: dict[str, Any], type: str, props: Any) -> tuple[str | None, str | None]:
    """``(logical_id, None)`` for the one resource of ``type`` matching ``props``, else ``(None, error)``."""
    outcome = match_section(_of_type(template, type), props)
    if not outcome.matched:
        return None, format_section_failure(f"resources with type {type}", outcome)
    if len(outcome.matches) != 1:
        return None, "\n".join(
            [
                f"Template has {len(outcome.matches)} matches, expected only one.",
                format_all_matches(outcome.matches),
            ]
        )
    return next(iter(outcome.matches)), None


def has_resource(template: dict[str, Any], type: str, props: Any) -> str | None:
    outcome = match_section(_of_type(template, type), props)
    if outcome.matched:
        return None
    return format_section_failure(f"resources with type {type}", outcome)


def has_resource_properties(template: dict[str, Any], type: str, props: Any) -> str | None:
    amended, pattern = _properties_pattern(template, props)
    return has_resource(amended, type, pattern)


def all_resources(template: dict[str, Any], type: str, props: Any) -> str | None:
    outcome = match_section(_of_type(template, type), props)
    if outcome.matched:
        matched = len(outcome.matches)
        if outcome.analyzed_count > matched:
            return "\n".join(
                [
                    f"Template has {outcome.analyzed_count} resource(s) with type {type}, "
                    f"but only {matched} match as expected.",
                    format_all_mismatches(outcome.analyzed, outcome.matches),
                ]
            )
        return None
    return "\n".join(
        [
            f"Template has {outcome.analyzed_count} resource(s) with type {type}, but none match as expected.",
            format_all_mismatches(outcome.analyzed),
        ]
    )


def all_resources_properties(template: dict[str, Any], type: str, props: Any) -> str | None:
    amended, pattern = _properties_pattern(template, props)
    return all_resources(amended, type, pattern)


def count_resources(template: dict[str, Any], type: str) -> int:
    return len(_of_type(template, type))


def count_resources_properties(template: dict[str, Any], type: str, props: Any) -> int:
    amended, pattern = _properties_pattern(template, props)
    return len(match_section(_of_type(amended, type), pattern).matches)
