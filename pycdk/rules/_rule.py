"""A rule: an id, a level, the resource types it looks at, what it checks, why, how to fix, and a check function.

A check is a pure function ``check(props, resource)`` over one resource's rendered ``Properties`` (a dict) and a
``Resource`` (its logical id, type, whole entry and the ``TemplateView`` it is in). It returns ``None`` (or an
empty value) when the resource passes, a string saying what is wrong, or a list of strings (the offending items,
e.g. the wildcard actions of a policy; suppressions with ``applies_to`` can cover some of them).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from ._private.cfn import references


class Level(enum.Enum):
    """How serious a finding is: errors fail ``pycdk synth --rules`` and the policy-validation report."""

    ERROR = "error"
    """A finding that fails synthesis."""
    WARNING = "warning"
    """A finding that is reported only."""


class TemplateView:
    """Read access to one template for the rules, with indexes built on first use.

    Args:
        template: the template (a dict, as rendered).
    """

    def __init__(self, template: Mapping[str, Any]) -> None:
        self.template = template
        resources = template.get("Resources")
        self.resources: Mapping[str, Any] = resources if isinstance(resources, dict) else {}
        self._by_type: dict[str, list[str]] | None = None
        self._referrers: dict[str, dict[str, list[str]]] = {}

    def of_type(self, *types: str) -> list[str]:
        """The logical ids of the resources of these types, in template order."""
        if self._by_type is None:
            by_type: dict[str, list[str]] = {}
            for logical_id, resource in self.resources.items():
                if isinstance(resource, dict):
                    by_type.setdefault(str(resource.get("Type")), []).append(logical_id)
            self._by_type = by_type
        if len(types) == 1:
            return self._by_type.get(types[0], [])
        return [i for t in types for i in self._by_type.get(t, [])]

    def properties(self, logical_id: str) -> Mapping[str, Any]:
        """The ``Properties`` of a resource (empty if there are none or no such resource)."""
        resource = self.resources.get(logical_id)
        props = resource.get("Properties") if isinstance(resource, dict) else None
        return props if isinstance(props, dict) else {}

    def referrers(self, logical_id: str, resource_type: str) -> list[str]:
        """The resources of ``resource_type`` whose properties refer to ``logical_id`` (Ref, GetAtt, Sub)."""
        index = self._referrers.get(resource_type)
        if index is None:
            index = {}
            for source in self.of_type(resource_type):
                for target in set(references(self.properties(source))):
                    index.setdefault(target, []).append(source)
            self._referrers[resource_type] = index
        return index.get(logical_id, [])

    def referrer_properties(self, logical_id: str, resource_type: str) -> Iterator[Mapping[str, Any]]:
        """The properties of each resource of ``resource_type`` that refers to ``logical_id``."""
        for source in self.referrers(logical_id, resource_type):
            yield self.properties(source)


class Resource:
    """The resource a check looks at.

    Args:
        logical_id: its logical id.
        type: its CloudFormation type.
        entry: its whole template entry (``Type``, ``Properties``, ``Metadata``, ...).
        template: the template it is in.
    """

    __slots__ = ("entry", "logical_id", "template", "type")

    def __init__(self, logical_id: str, type: str, entry: Mapping[str, Any], template: TemplateView) -> None:
        self.logical_id = logical_id
        self.type = type
        self.entry = entry
        self.template = template


CheckResult = str | Sequence[str] | None
"""What a check returns: None (or empty) to pass, a message, or the offending items."""


class Rule:
    """One rule of a pack.

    Args:
        id: the rule's id (``S3.EnforceSSL``); suppressions name it.
        level: ``Level.ERROR`` or ``Level.WARNING``.
        resource_types: the CloudFormation types the check runs on.
        title: what the rule checks, one line (the finding's message starts with it).
        why: why it matters.
        fix: how to fix a finding.
        check: the check function (see the module docstring).
        nag_ids: the ids of cdk-nag's equivalent rules, whose ``cdk_nag`` suppressions also silence this rule.
        location: the property path a finding points at (e.g. ``Properties/BucketEncryption``; default the
            resource).
    """

    __slots__ = ("check", "fix", "id", "level", "location", "nag_ids", "resource_types", "title", "why")

    def __init__(
        self,
        *,
        id: str,
        level: Level,
        resource_types: Sequence[str],
        title: str,
        why: str,
        fix: str,
        check: Callable[[Mapping[str, Any], Resource], CheckResult],
        nag_ids: Sequence[str] = (),
        location: str | None = None,
    ) -> None:
        if not isinstance(level, Level):
            raise TypeError(f"Rule {id!r}: level must be a Level, got {type(level).__name__}")
        if not resource_types:
            raise ValueError(f"Rule {id!r}: resource_types must not be empty")
        self.id = id
        self.level = level
        self.resource_types = tuple(resource_types)
        self.title = title
        self.why = why
        self.fix = fix
        self.check = check
        self.nag_ids = tuple(nag_ids)
        self.location = location

    def __repr__(self) -> str:
        return f"Rule({self.id!r}, {self.level.value})"
