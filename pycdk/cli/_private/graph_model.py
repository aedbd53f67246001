"""The resource graph of a template: resources as nodes, grouped by construct path; Ref, GetAtt (also
through ``Fn::Sub``) and DependsOn as edges from the resource that uses to the resource used."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_SUB_REFERENCE = re.compile(r"\$\{([^}!][^}]*)\}")


@dataclass(frozen=True)
class GraphNode:
    """A resource: its logical id, type, and the construct groups (outermost first) it sits in."""

    logical_id: str
    resource_type: str
    group: tuple[str, ...]
    path: str | None


@dataclass(frozen=True)
class GraphEdge:
    """``source`` uses ``target`` through ``kind`` (``Ref``, ``GetAtt`` or ``DependsOn``)."""

    source: str
    target: str
    kind: str


@dataclass
class Graph:
    """The graph of one stack."""

    title: str
    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


def build_graph(title: str, template: dict[str, Any], paths: dict[str, str], stack_path: str) -> Graph:
    """The graph of ``template``.

    Args:
        title: the graph's title (the stack's display name).
        template: the synthesized template.
        paths: construct path by logical id (from ``tree.json``); ``aws:cdk:path`` metadata fills the gaps.
        stack_path: the stack's construct path, stripped from resource paths to form the groups.
    """
    # the CDKMetadata analytics resource is bookkeeping, not architecture: not drawn
    resources: dict[str, Any] = {k: v for k, v in (template.get("Resources") or {}).items()
                                 if isinstance(v, dict) and v.get("Type") != "AWS::CDK::Metadata"}
    graph = Graph(title)
    for logical_id, resource in resources.items():
        path = paths.get(logical_id) or ((resource.get("Metadata") or {}).get("aws:cdk:path"))
        graph.nodes.append(GraphNode(logical_id, str(resource.get("Type", "?")), _group(path, stack_path), path))
    seen: set[GraphEdge] = set()
    for logical_id, resource in resources.items():
        body = {k: v for k, v in resource.items() if k not in ("Type", "Metadata", "DependsOn")}
        found = [GraphEdge(logical_id, target, kind) for target, kind in _references(body)]
        depends_on = resource.get("DependsOn") or []
        found += [GraphEdge(logical_id, t, "DependsOn") for t in ([depends_on] if isinstance(depends_on, str) else depends_on)]
        for edge in found:
            if edge.target in resources and edge.target != logical_id and edge not in seen:
                seen.add(edge)
                graph.edges.append(edge)
    return graph


def _group(path: str | None, stack_path: str) -> tuple[str, ...]:
    if not path:
        return ()
    parts = path.split("/")
    stack_parts = stack_path.split("/") if stack_path else []
    if parts[: len(stack_parts)] == stack_parts:
        parts = parts[len(stack_parts):]
    return tuple(parts[:-1])


def _references(value: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), = value.items()
            if key == "Ref" and isinstance(inner, str):
                return [(inner, "Ref")]
            if key == "Fn::GetAtt":
                target = inner[0] if isinstance(inner, list) and inner else str(inner).split(".")[0]
                return [(str(target), "GetAtt")]
            if key == "Fn::Sub":
                body = inner[0] if isinstance(inner, list) else inner
                local = set(inner[1]) if isinstance(inner, list) and len(inner) > 1 else set()
                for name in _SUB_REFERENCE.findall(str(body)):
                    target, _, attr = name.partition(".")
                    if target not in local:
                        found.append((target, "GetAtt" if attr else "Ref"))
                if isinstance(inner, list) and len(inner) > 1:
                    found += _references(inner[1])
                return found
        for item in value.values():
            found += _references(item)
    elif isinstance(value, list):
        for item in value:
            found += _references(item)
    return found


def tree_paths(tree: dict[str, Any]) -> dict[str, dict[str, str]]:
    """From ``tree.json``: for each stack path, the construct path of each L1 by logical id."""
    result: dict[str, dict[str, str]] = {}

    def walk(node: dict[str, Any], stack_path: str | None) -> None:
        fqn = str((node.get("constructInfo") or {}).get("fqn", ""))
        attributes = node.get("attributes") or {}
        if fqn.rsplit(".", 1)[-1] in ("Stack", "NestedStack"):
            stack_path = node.get("path", "")
        logical_id = attributes.get("aws:cdk:cloudformation:logicalId")
        if logical_id and stack_path is not None:
            result.setdefault(stack_path, {})[logical_id] = node.get("path", "")
        for child in (node.get("children") or {}).values():
            walk(child, stack_path)

    walk(tree.get("tree") or {}, None)
    return result
