"""The shape a template must have before it is compared: sections are objects, resources have a ``Type``.

CloudFormation rejects these templates too; the check turns what would be a crash deep in the diff into one
line naming the file and the place (``Resources.Queue.Properties``).
"""

from __future__ import annotations

from typing import Any

from .console import CliError
from .project import json_type

_SECTIONS = ("Parameters", "Mappings", "Conditions", "Rules", "Resources", "Outputs", "Metadata", "Transform")
_STRING_ATTRIBUTES = ("Condition", "DeletionPolicy", "UpdateReplacePolicy")
_OBJECT_ATTRIBUTES = ("Properties", "Metadata", "UpdatePolicy", "CreationPolicy")


def check_template(template: Any, where: str) -> dict[str, Any]:
    """``template`` if it has the shape of a template; else ``CliError`` naming ``where`` and the place.

    Raises:
        CliError: a section that is not an object, a resource that is not an object or has no string
            ``Type``, attributes of the wrong type, ``DependsOn`` that is not a logical id or a list of them.
    """
    if not isinstance(template, dict):
        raise CliError(f"{where} does not hold a template: expected an object, found {json_type(template)}")
    for section in _SECTIONS:
        if section == "Transform" or section not in template:
            continue
        value = template[section]
        if not isinstance(value, dict):
            raise CliError(f"{where}: {section} must be an object, not {json_type(value)}")
        if section in ("Parameters", "Outputs", "Mappings"):
            for name, entry in value.items():
                if not isinstance(entry, dict):
                    raise CliError(f"{where}: {section}.{name} must be an object, not {json_type(entry)}")
    for logical_id, resource in (template.get("Resources") or {}).items():
        _check_resource(resource, f"{where}: Resources.{logical_id}")
    return template


def _check_resource(resource: Any, at: str) -> None:
    if not isinstance(resource, dict):
        raise CliError(f"{at} must be an object, not {json_type(resource)}")
    kind = resource.get("Type")
    if not isinstance(kind, str) or not kind:
        shown = "is missing" if kind is None else f"must be a string, not {json_type(kind)}"
        raise CliError(f"{at}.Type {shown}")
    for name in _OBJECT_ATTRIBUTES:
        if name in resource and not isinstance(resource[name], dict):
            raise CliError(f"{at}.{name} must be an object, not {json_type(resource[name])}")
    for name in _STRING_ATTRIBUTES:
        if name in resource and not isinstance(resource[name], str):
            raise CliError(f"{at}.{name} must be a string, not {json_type(resource[name])}")
    if "DependsOn" in resource:
        depends = resource["DependsOn"]
        ids = [depends] if isinstance(depends, str) else depends
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            found = json_type(depends) if not isinstance(ids, list) else "a list holding " + next(
                json_type(i) for i in ids if not isinstance(i, str))
            raise CliError(f"{at}.DependsOn must be a logical id or a list of logical ids, not {found}")
