"""Dependency cycles between the resources of one template (aws-cdk-lib's validation rule F3004).

CloudFormation orders resources by ``Ref``, ``Fn::GetAtt``, ``Fn::Sub`` and ``DependsOn``; a cycle among them
fails the deployment. ``scan_resources`` reads those edges (and, on the way, the strings holding an ``ssm-secure``
dynamic reference) from a rendered template; ``find_cycles`` returns, for every resource on a cycle, the shortest
cycle through it.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from typing import Any

SSM_SECURE = "{{resolve:ssm-secure:"
_SUB_VAR = re.compile(r"\$\{([^!}][^}]*)\}")


def _sub_names(args: Any, refs: list[str]) -> Any:
    """Add the names ``${...}`` of an ``Fn::Sub`` refers to; the part of ``args`` still to scan."""
    if type(args) is str:
        text, variables = args, None
    elif type(args) is list and args and type(args[0]) is str:
        text = args[0]
        variables = args[1] if len(args) > 1 and type(args[1]) is dict else None
    else:
        return args
    if "${" in text:
        for name in _SUB_VAR.findall(text):
            head = name.split(".", 1)[0].strip()
            if variables is None or head not in variables:
                refs.append(head)
    return variables


def _scan(node: Any, refs: list[str], secure: list[str]) -> None:
    """Add the names ``node`` references (Ref, GetAtt, Sub) to ``refs``, its ssm-secure strings to ``secure``."""
    if type(node) is dict:
        if len(node) == 1:
            ((key, value),) = node.items()
            if key == "Ref":
                if type(value) is str:
                    refs.append(value)
                    return
            elif key == "Fn::GetAtt":
                if type(value) is list and value and type(value[0]) is str:
                    refs.append(value[0])
                    node = value[1:]
                elif type(value) is str:
                    refs.append(value.split(".", 1)[0])
                    return
            elif key == "Fn::Sub":
                rest = _sub_names(value, refs)
                if rest is None:
                    return
                node = rest
        values = node.values() if type(node) is dict else node
    else:
        values = node
    for v in values:
        t = type(v)
        if t is str:
            if SSM_SECURE in v:
                secure.append(v)
        elif t is dict:
            if len(v) == 1:
                # the usual members are taken here as the call one down would take them: a Ref, a GetAtt of
                # [resource, attribute] (the attribute is a string to look at for ssm-secure), and a member of
                # another key holding a string or a list (scanned as that call would scan the dict's one value)
                ((key, value), ) = v.items()
                tv = type(value)
                if key == "Ref":
                    if tv is str:
                        refs.append(value)
                        continue
                elif key == "Fn::GetAtt":
                    if tv is list and len(value) == 2 and type(value[0]) is str and type(value[1]) is str:
                        refs.append(value[0])
                        if SSM_SECURE in value[1]:
                            secure.append(value[1])
                        continue
                elif key != "Fn::Sub":
                    if tv is list:
                        _scan(value, refs, secure)
                        continue
                    if tv is str:
                        if SSM_SECURE in value:
                            secure.append(value)
                        continue
            _scan(v, refs, secure)
        elif t is list:
            _scan(v, refs, secure)


def scan_resources(
    resources: Mapping[str, Any], *, of_type: tuple[str, list[str]] | None = None,
) -> tuple[dict[str, list[str]], list[str]]:
    """The dependency edges between ``resources`` (logical id -> the resources it needs, in order of first
    mention) and the ids of the resources with an ``ssm-secure`` string anywhere in their bodies.

    Args:
        of_type: ``(resource type, ids)``: the ids of the resources of that type are added to ``ids`` on the way
            (in order).
    """
    wanted_type, typed_ids = of_type if of_type is not None else (None, None)
    edges: dict[str, list[str]] = {}
    secure_ids: list[str] = []
    refs: list[str] = []  # of one resource at a time (emptied after each)
    secure: list[str] = []
    for lid, body in resources.items():
        if type(body) is not dict:
            continue
        for key, value in body.items():
            if key == "DependsOn":
                if type(value) is str:
                    refs.append(value)
                elif type(value) is list:
                    for v in value:  # (no generator object per resource)
                        if type(v) is str:
                            refs.append(v)
            elif key == "Type":
                if value == wanted_type and typed_ids is not None:
                    typed_ids.append(lid)
            elif key != "Condition":
                t = type(value)
                if t is dict or t is list:
                    _scan(value, refs, secure)
        if refs:
            targets = [r for r in (refs if len(refs) == 1 else dict.fromkeys(refs)) if r in resources]
            if targets:
                edges[lid] = targets
            refs.clear()
        if secure:
            secure_ids.append(lid)
            secure.clear()
    return edges, secure_ids


def _components(edges: Mapping[str, list[str]]) -> list[list[str]]:
    """The strongly connected components with a cycle (more than one node, or a node needing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, i = work[-1]
            succ = edges.get(node, ())
            if i < len(succ):
                work[-1] = (node, i + 1)
                nxt = succ[i]
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, 0))
                elif nxt in on_stack and index[nxt] < low[node]:
                    low[node] = index[nxt]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[node] < low[parent]:
                    low[parent] = low[node]
            if low[node] == index[node]:
                comp: list[str] = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1 or node in edges.get(node, ()):
                    out.append(comp)
    return out


def _shortest_cycle(start: str, edges: Mapping[str, list[str]], members: set[str]) -> list[str]:
    """The shortest cycle from ``start`` back to it inside ``members``: ``[start, ..., start]``."""
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in edges.get(node, ()):
            if nxt not in members:
                continue
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                path.reverse()
                return [*path, start]
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    raise AssertionError(f"{start} is on no cycle")  # pragma: no cover - members come from _components


def _points_backwards(edges: Mapping[str, list[str]], order: list[str] | None) -> bool:
    """True when every edge goes to a resource strictly earlier in ``order``: then there is no cycle (the usual
    template, where a resource refers to those defined before it), and no search is needed."""
    if order is None:
        return False
    position = {lid: i for i, lid in enumerate(order)}
    for source, targets in edges.items():
        at = position.get(source)
        if at is None:
            return False
        for target in targets:
            if position.get(target, at) >= at:
                return False
    return True


def find_cycles(edges: Mapping[str, list[str]], order: list[str] | None = None) -> list[list[str]]:
    """For every resource on a cycle (in ``order``, by default the order of ``edges``), the shortest cycle
    starting and ending at it."""
    found: dict[str, list[str]] = {}
    if _points_backwards(edges, order):
        return []
    for comp in _components(edges):
        members = set(comp)
        for lid in comp:
            found[lid] = _shortest_cycle(lid, edges, members)
    keys = order if order is not None else list(edges)
    return [found[k] for k in keys if k in found]
