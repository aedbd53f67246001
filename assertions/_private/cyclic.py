"""Rejects templates whose resources depend on each other in a cycle (CloudFormation would refuse them).

A resource depends on the resources named in its ``DependsOn`` and on those its ``Properties`` reference
through ``Ref``, ``Fn::GetAtt`` or ``${...}`` placeholders of ``Fn::Sub``.
"""

from __future__ import annotations

from typing import Any

from .._errors import AssertionFailure
from .js import json_stringify

OrderedSet = dict[str, None]


def check_template_for_cyclic_dependencies(template: dict[str, Any]) -> None:
    """Raise :class:`~assertions.AssertionFailure` naming the cycle if the resources have one."""
    resources: dict[str, Any] = template.get("Resources") or {}
    deps: dict[str, OrderedSet] = {
        logical_id: {d: None for d in _resource_dependencies(resource) if d in resources}
        for logical_id, resource in resources.items()
    }
    while deps:
        free = [logical_id for logical_id, pending in deps.items() if not pending]
        if not free:
            cycle = _find_cycle(deps)
            involved = {logical_id: resources.get(logical_id) for logical_id in cycle}
            raise AssertionFailure(
                "Template is undeployable, these resources have a dependency cycle: "
                f"{' -> '.join(cycle)}:\n\n{json_stringify(involved, indent=2)}"
            )
        for logical_id in free:
            for pending in deps.values():
                pending.pop(logical_id, None)
            del deps[logical_id]


def _resource_dependencies(resource: Any) -> list[str]:
    if not isinstance(resource, dict):
        return []
    depends_on = resource.get("DependsOn", [])
    explicit = depends_on if isinstance(depends_on, list) else [depends_on]
    return [*explicit, *_expression_dependencies(resource.get("Properties"))]


def _expression_dependencies(value: Any) -> list[str]:
    found: list[str] = []

    def visit(x: Any) -> None:
        if not x:
            return
        if isinstance(x, list):
            for item in x:
                visit(item)
            return
        if not isinstance(x, dict):
            return
        if len(x) == 1:
            ((key, arg),) = x.items()
            if key == "Ref":
                found.append(arg)
                return
            if key == "Fn::GetAtt":
                found.append(arg[0] if isinstance(arg, list) else str(arg).split(".")[0])
                return
            if key == "Fn::Sub":
                template_string = arg[0] if isinstance(arg, list) else arg
                if isinstance(template_string, str):
                    found.extend(_sub_references(template_string))
                variables = arg[1] if isinstance(arg, list) and len(arg) > 1 else None
                if isinstance(variables, dict):
                    for item in variables.values():
                        visit(item)
                return
        for item in x.values():
            visit(item)

    visit(value)
    return [d for d in found if isinstance(d, str)]


def _sub_references(template_string: str) -> list[str]:
    """Logical ids named by ``${Id}`` / ``${Id.Attr}`` placeholders; ``${!Literal}`` is skipped."""
    ids: list[str] = []
    start = 0
    opening = template_string.find("${", start)
    while opening > -1:
        if template_string[opening + 2 : opening + 3] == "!":
            start = opening + 3
            opening = template_string.find("${", start)
            continue
        closing = template_string.find("}", opening + 2)
        if closing == -1:
            break
        ids.append(template_string[opening + 2 : closing].split(".")[0])
        start = closing + 1
        opening = template_string.find("${", start)
    return ids


def _find_cycle(deps: dict[str, OrderedSet]) -> list[str]:
    def walk(node: str, path: list[str]) -> list[str] | None:
        for dep in deps.get(node, {}):
            if dep in path:
                return [*path, dep]
            cycle = walk(dep, [*path, dep])
            if cycle:
                return cycle
        return None

    for node in deps:
        cycle = walk(node, [node])
        if cycle:
            return cycle
    raise AssertionFailure("No cycle found. Assertion failure!")
