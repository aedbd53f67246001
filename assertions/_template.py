"""``Template``: fine-grained assertions on a synthesized CloudFormation template."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ._errors import AssertionFailure
from ._matcher import Matcher
from ._private import resources
from ._private.boundary import from_python, to_python
from ._private.cyclic import check_template_for_cyclic_dependencies
from ._private.matchers import ObjectMatch, run
from ._private.section import filter_logical_id, format_section_failure, match_section
from ._private.synth import stack_template

_EMPTY: dict[str, Any] = {}


@dataclass(frozen=True)
class TemplateParsingOptions:
    """Options for reading a template.

    Attributes:
        skip_cyclical_dependencies_check: accept templates whose resources depend on each other in a cycle
            (e.g. unprocessed transforms). Default ``False``: such templates are rejected.
    """

    skip_cyclical_dependencies_check: bool | None = None


class Template:
    """Assertions on a CloudFormation template, typically synthesized from a stack in a unit test.

    Create one with :meth:`from_stack`, :meth:`from_json` or :meth:`from_string`. Expected values are
    patterns: dicts match object-like at every level, lists match element by element, and :class:`Match`
    provides the special cases. Failed assertions raise :class:`AssertionFailure` showing the closest
    candidate with each mismatch in place.
    """

    def __init__(
        self, template: dict[str, Any], *, skip_cyclical_dependencies_check: bool | None = None
    ) -> None:
        self._template = template
        if not skip_cyclical_dependencies_check:
            check_template_for_cyclic_dependencies(template)

    @staticmethod
    def from_stack(stack: Any, *, skip_cyclical_dependencies_check: bool | None = None) -> Template:
        """The template synthesized for ``stack`` (its own template for a nested stack).

        The enclosing app is synthesized once and cached, so calling this again for the same or another
        stack of the app does not synthesize again.

        Raises:
            AssertionFailure: if the stack is not in an App/Stage, or its resources have a dependency cycle.
        """
        return Template(
            stack_template(stack), skip_cyclical_dependencies_check=skip_cyclical_dependencies_check
        )

    @staticmethod
    def from_json(
        template: dict[str, Any], *, skip_cyclical_dependencies_check: bool | None = None
    ) -> Template:
        """A template given as a dict (parsed JSON); keys whose value is ``None`` are dropped, as under jsii."""
        return Template(
            from_python(template), skip_cyclical_dependencies_check=skip_cyclical_dependencies_check
        )

    @staticmethod
    def from_string(template: str, *, skip_cyclical_dependencies_check: bool | None = None) -> Template:
        """A template given as a JSON string."""
        return Template(
            json.loads(template), skip_cyclical_dependencies_check=skip_cyclical_dependencies_check
        )

    def to_json(self) -> dict[str, Any]:
        """The template as a dict, keys in template order (a copy: changing it does not change the template)."""
        return to_python(self._template)

    # -- Resources ---------------------------------------------------------------------------------------

    def resource_count_is(self, type: str, count: int) -> None:
        """Assert that there are exactly ``count`` resources of ``type`` (e.g. ``AWS::S3::Bucket``)."""
        found = resources.count_resources(self._template, type)
        if found != count:
            raise AssertionFailure(f"Expected {count} resources of type {type} but found {found}")

    def resource_properties_count_is(self, type: str, props: Any, count: int) -> None:
        """Assert that exactly ``count`` resources of ``type`` have ``Properties`` matching ``props``."""
        found = resources.count_resources_properties(self._template, type, props)
        if found != count:
            raise AssertionFailure(f"Expected {count} resources of type {type} but found {found}")

    def has_resource_properties(self, type: str, props: Any) -> None:
        """Assert that some resource of ``type`` has ``Properties`` matching ``props`` (object-like)."""
        _raise_if(resources.has_resource_properties(self._template, type, props))

    def has_resource(self, type: str, props: Any) -> None:
        """Assert that some resource of ``type`` matches ``props`` as a whole (Properties, DependsOn, ...)."""
        _raise_if(resources.has_resource(self._template, type, props))

    def find_resources(self, type: str, props: Any = None) -> dict[str, dict[str, Any]]:
        """The resources of ``type`` matching ``props`` (whole-resource pattern; all of them by default)."""
        return to_python(resources.find_resources(self._template, type, _EMPTY if props is None else props))

    def get_resource_id(self, type: str, props: Any = None) -> str:
        """The logical id of the one resource of ``type`` matching ``props`` (whole-resource pattern).

        Raises:
            AssertionFailure: unless exactly one resource matches.
        """
        logical_id, error = resources.get_resource_id(
            self._template, type, _EMPTY if props is None else props
        )
        if logical_id is None:
            raise AssertionFailure(error or "")
        return logical_id

    def all_resources(self, type: str, props: Any) -> None:
        """Assert that every resource of ``type`` matches ``props`` as a whole (and that there is one)."""
        _raise_if(resources.all_resources(self._template, type, props))

    def all_resources_properties(self, type: str, props: Any) -> None:
        """Assert that every resource of ``type`` has ``Properties`` matching ``props`` (and there is one)."""
        _raise_if(resources.all_resources_properties(self._template, type, props))

    # -- Other sections ----------------------------------------------------------------------------------

    def has_parameter(self, logical_id: str, props: Any) -> None:
        """Assert that the Parameter ``logical_id`` (``"*"`` = any) matches ``props``."""
        _raise_if(self._has("Parameters", logical_id, props, f"parameters with logicalId '{logical_id}'"))

    def find_parameters(self, logical_id: str, props: Any = None) -> dict[str, dict[str, Any]]:
        """The Parameters named ``logical_id`` (``"*"`` = any) matching ``props``."""
        return self._find("Parameters", logical_id, props)

    def has_output(self, logical_id: str, props: Any) -> None:
        """Assert that the Output ``logical_id`` (``"*"`` = any) matches ``props``."""
        _raise_if(self._has("Outputs", logical_id, props, f"outputs named {logical_id}"))

    def find_outputs(self, logical_id: str, props: Any = None) -> dict[str, dict[str, Any]]:
        """The Outputs named ``logical_id`` (``"*"`` = any) matching ``props``."""
        return self._find("Outputs", logical_id, props)

    def has_mapping(self, logical_id: str, props: Any) -> None:
        """Assert that the Mapping ``logical_id`` (``"*"`` = any) matches ``props``."""
        _raise_if(self._has("Mappings", logical_id, props, f"mappings with logicalId {logical_id}"))

    def find_mappings(self, logical_id: str, props: Any = None) -> dict[str, dict[str, Any]]:
        """The Mappings named ``logical_id`` (``"*"`` = any) matching ``props``."""
        return self._find("Mappings", logical_id, props)

    def has_condition(self, logical_id: str, props: Any) -> None:
        """Assert that the Condition ``logical_id`` (``"*"`` = any) matches ``props``."""
        _raise_if(self._has("Conditions", logical_id, props, f"conditions with logicalId {logical_id}"))

    def find_conditions(self, logical_id: str, props: Any = None) -> dict[str, dict[str, Any]]:
        """The Conditions named ``logical_id`` (``"*"`` = any) matching ``props``."""
        return self._find("Conditions", logical_id, props)

    def template_matches(self, expected: Any) -> None:
        """Assert that the whole template matches ``expected`` (object-like unless a matcher is given)."""
        expected = from_python(expected)
        matcher = expected if Matcher.is_matcher(expected) else ObjectMatch("objectLike", expected)
        result = run(matcher, self._template)
        if result.has_failed():
            raise AssertionFailure(
                "\n".join(
                    [
                        "Template did not match as expected. The following mismatches were found:",
                        *(f"\t{line}" for line in result.to_human_strings()),
                    ]
                )
            )

    def _section(self, name: str, logical_id: str) -> dict[str, Any]:
        return filter_logical_id(self._template.get(name), logical_id)

    def _has(self, section: str, logical_id: str, props: Any, qualifier: str) -> str | None:
        outcome = match_section(self._section(section, logical_id), props)
        return None if outcome.matched else format_section_failure(qualifier, outcome)

    def _find(self, section: str, logical_id: str, props: Any) -> dict[str, dict[str, Any]]:
        return to_python(
            match_section(self._section(section, logical_id), _EMPTY if props is None else props).matches
        )


def _raise_if(message: str | None) -> None:
    if message:
        raise AssertionFailure(message)
