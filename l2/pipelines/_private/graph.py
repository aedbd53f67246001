"""A small graph of nodes and nested graphs with dependencies, sorted into tranches of independent nodes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from constructs import UnscopedValidationError


class GraphNode:
    """A node of the pipeline graph, with data saying what it stands for."""

    def __init__(self, id: str, data: dict[str, Any] | None = None, display_name: str | None = None) -> None:
        self.id = id
        self.data = data
        self.display_name = display_name
        self.dependencies: list[GraphNode] = []
        self.parent_graph: Graph | None = None

    def depend_on(self, *dependencies: GraphNode | None) -> None:
        if any(d is self for d in dependencies):
            raise UnscopedValidationError(f"Cannot add dependency on self: {self}")
        self.dependencies.extend(d for d in dependencies if d is not None)

    def ancestor_path(self, up_to: GraphNode | None) -> list[GraphNode]:
        x: GraphNode = self
        ret = [x]
        while x.parent_graph is not None and x.parent_graph is not up_to:
            x = x.parent_graph
            ret.insert(0, x)
        return ret

    def root_path(self) -> list[GraphNode]:
        x: GraphNode = self
        ret = [x]
        while x.parent_graph is not None:
            x = x.parent_graph
            ret.insert(0, x)
        return ret

    @property
    def root(self) -> GraphNode:
        x: GraphNode = self
        while x.parent_graph is not None:
            x = x.parent_graph
        return x

    @property
    def root_graph(self) -> Graph:
        root = self.root
        if not isinstance(root, Graph):
            raise UnscopedValidationError(f"Expecting a graph as root, got: {root}")
        return root

    def set_parent_graph(self, parent: Graph) -> None:
        if self.parent_graph is not None:
            raise UnscopedValidationError("Node already has a parent")
        self.parent_graph = parent

    def __str__(self) -> str:
        return f"{type(self).__name__}({self.id})"

    __repr__ = __str__


class DependencyBuilder:
    """Collects producers and consumers of one thing; consumers depend on every producer."""

    def __init__(self) -> None:
        self.producers: list[GraphNode] = []
        self.consumers: list[GraphNode] = []

    def depend_on(self, *targets: GraphNode) -> DependencyBuilder:
        for target in targets:
            for source in self.consumers:
                source.depend_on(target)
            self.producers.append(target)
        return self

    def depend_by(self, *sources: GraphNode) -> DependencyBuilder:
        for source in sources:
            for target in self.producers:
                source.depend_on(target)
            self.consumers.append(source)
        return self

    @property
    def has_unsatisfied_consumers(self) -> bool:
        return bool(self.consumers) and not self.producers


class DependencyBuilders:
    """A ``DependencyBuilder`` per key (keys compared by identity)."""

    def __init__(self) -> None:
        self._builders: dict[int, tuple[Any, DependencyBuilder]] = {}

    def for_(self, key: Any) -> DependencyBuilder:
        found = self._builders.get(id(key))
        if found is None:
            found = (key, DependencyBuilder())
            self._builders[id(key)] = found
        return found[1]

    def unsatisfied_builders(self) -> list[tuple[Any, DependencyBuilder]]:
        return [(k, b) for k, b in self._builders.values() if b.has_unsatisfied_consumers]


class Graph(GraphNode):
    """A node holding child nodes (insertion-ordered)."""

    def __init__(self, id: str, data: dict[str, Any] | None = None, nodes: Iterable[GraphNode] = (),
                 display_name: str | None = None) -> None:
        super().__init__(id, data, display_name)
        self.children: dict[str, GraphNode] = {}
        self.add(*nodes)

    @property
    def nodes(self) -> list[GraphNode]:
        return list(self.children.values())

    def try_get_child(self, name: str) -> GraphNode | None:
        return self.children.get(name)

    def contains_id(self, id: str) -> bool:
        return id in self.children

    def add(self, *nodes: GraphNode) -> None:
        for node in nodes:
            if node.id in self.children:
                raise UnscopedValidationError(f"Node with duplicate id: {node.id}")
            node.set_parent_graph(self)
            self.children[node.id] = node

    def sorted_children(self, fail: bool = True) -> list[list[GraphNode]]:
        nodes = self.nodes
        members = {id(n) for n in nodes}

        def project(node: GraphNode) -> list[GraphNode]:
            while id(node) not in members and node.parent_graph is not None:
                node = node.parent_graph
            return [node] if id(node) in members else []

        deps = _project_dependencies(self.deep_dependencies(), project)
        return topo_sort(nodes, deps, fail)

    def sorted_leaves(self) -> list[list[GraphNode]]:
        descendants: dict[int, list[GraphNode]] = {}

        def find(node: GraphNode) -> list[GraphNode]:
            ret: list[GraphNode] = []
            if isinstance(node, Graph):
                for child in node.nodes:
                    ret.extend(find(child))
            else:
                ret.append(node)
            descendants[id(node)] = ret
            return ret

        find(self)
        deps = _project_dependencies(self.deep_dependencies(), lambda n: descendants.get(id(n), []))
        return topo_sort([k for k, _ in deps.values()], deps)

    def deep_dependencies(self) -> dict[int, tuple[GraphNode, list[GraphNode]]]:
        ret: dict[int, tuple[GraphNode, list[GraphNode]]] = {}

        def recurse(node: GraphNode) -> None:
            entry = ret.get(id(node))
            if entry is None:
                entry = (node, [])
                ret[id(node)] = entry
            for dep in node.dependencies:
                _add_unique(entry[1], dep)
            if isinstance(node, Graph):
                for child in node.nodes:
                    recurse(child)

        for node in self.nodes:
            recurse(node)
        return ret

    def all_leaves(self) -> list[GraphNode]:
        ret: list[GraphNode] = []

        def recurse(node: GraphNode) -> None:
            if isinstance(node, Graph):
                for child in node.nodes:
                    recurse(child)
            else:
                ret.append(node)

        recurse(self)
        return ret

    def render_dot(self) -> str:
        """The graph in GraphViz dot form (written next to the assembly, as aws-cdk-lib does)."""
        lines = ["digraph G {",
                 '  # Arrows represent an "unlocks" relationship (opposite of dependency). So chosen',
                 "  # because the layout looks more natural that way.",
                 "  # To represent subgraph dependencies, subgraphs are represented by BEGIN/END nodes.",
                 "  # To render: `dot -Tsvg input.dot > graph.svg`, open in a browser.",
                 '  node [shape="box"];']

        def ident(node: GraphNode) -> str:
            return ".".join(n.id for n in node.root_path()[1:])

        def label(node: GraphNode) -> str:
            return f'"{ident(node)}"'

        def begin(node: GraphNode) -> str:
            return f'"BEGIN {ident(node)}"'

        def end(node: GraphNode) -> str:
            return f'"END {ident(node)}"'

        def recurse(node: GraphNode) -> None:
            if isinstance(node, Graph):
                lines.append(f'{begin(node)} [shape="cds", style="filled", fillcolor="#b7deff"];')
                lines.append(f'{end(node)} [shape="cds", style="filled", fillcolor="#b7deff"];')
                source = begin(node)
            else:
                source = label(node)
                lines.append(f"{label(node)};")
            for dep in node.dependencies:
                dst = end(dep) if isinstance(dep, Graph) else label(dep)
                lines.append(f"{dst} -> {source};")
            if isinstance(node, Graph) and node.nodes:
                for child in node.nodes:
                    recurse(child)
                tranches = node.sorted_children(False)
                for first in tranches[0]:
                    lines.append(f"{begin(node)} -> {begin(first) if isinstance(first, Graph) else label(first)};")
                for last in tranches[-1]:
                    lines.append(f"{end(last) if isinstance(last, Graph) else label(last)} -> {end(node)};")

        for child in self.nodes:
            recurse(child)
        lines.append("}")
        return "\n".join(lines)


class GraphNodeCollection:
    """A list of nodes handled together."""

    def __init__(self, nodes: Iterable[GraphNode]) -> None:
        self.nodes = list(nodes)

    def depend_on(self, *dependencies: GraphNode | None) -> None:
        for node in self.nodes:
            node.depend_on(*(d for d in dependencies if d is not None))

    def first(self) -> GraphNode:
        wanted = {id(n) for n in self.nodes}
        for tranche in self.nodes[0].root_graph.sorted_leaves():
            for node in tranche:
                if id(node) in wanted:
                    return node
        raise UnscopedValidationError(f"Could not calculate first node between {self}")

    def common_ancestor(self) -> GraphNode:
        paths = [x.root_path() for x in self.nodes]
        if not paths:
            raise UnscopedValidationError("Cannot find common ancestor between an empty set of nodes")
        if len(paths) == 1:
            path = paths[0]
            if len(path) < 2:
                raise UnscopedValidationError(f"Cannot find ancestor of node without ancestor: {path[0]}")
            return path[-2]
        original = [list(p) for p in paths]
        while all(len(paths[0]) >= 2 and len(p) >= 2 and p[1] is paths[0][1] for p in paths):
            for p in paths:
                p.pop(0)
        if any(len(p) < 2 for p in paths):
            joined = ",".join("/".join(n.id for n in p) for p in original)
            raise UnscopedValidationError(f"Could not determine a shared parent between nodes: {joined}")
        return paths[0][0]

    def __str__(self) -> str:
        return ", ".join(str(n) for n in self.nodes)


def _add_unique(xs: list[GraphNode], x: GraphNode) -> None:
    if not any(y is x for y in xs):
        xs.append(x)


def _project_dependencies(
    dependencies: dict[int, tuple[GraphNode, list[GraphNode]]],
    project: Callable[[GraphNode], list[GraphNode]],
) -> dict[int, tuple[GraphNode, list[GraphNode]]]:
    """Move the dependencies of nodes onto the nodes they project to, then project the dependencies themselves."""
    for key in list(dependencies.keys()):
        node, deps = dependencies[key]
        projected = project(node)
        if len(projected) == 1 and projected[0] is node:
            continue
        del dependencies[key]
        for p in projected:
            target = dependencies[id(p)][1]
            for d in deps:
                _add_unique(target, d)
    for key, (node, deps) in list(dependencies.items()):
        depset: list[GraphNode] = []
        for d in deps:
            for p in project(d):
                _add_unique(depset, p)
        dependencies[key] = (node, [d for d in depset if d is not node])
    return dependencies


def topo_sort(nodes: Iterable[GraphNode], dependencies: dict[int, tuple[GraphNode, list[GraphNode]]],
              fail: bool = True) -> list[list[GraphNode]]:
    """``nodes`` in tranches: each tranche's nodes depend only on nodes of earlier tranches (sorted by id)."""
    remaining = list(nodes)
    ret: list[list[GraphNode]] = []
    while remaining:
        selectable = []
        for e in remaining:
            entry = dependencies.get(id(e))
            if entry is None:
                raise UnscopedValidationError(f"No key for {e}")
            if not entry[1]:
                selectable.append(e)
        selectable.sort(key=lambda n: _js_key(n.id))
        if not selectable:
            cycle = _find_cycle(dependencies)
            if fail:
                raise UnscopedValidationError("Dependency cycle in graph: " + " => ".join(n.id for n in cycle))
            selectable.append(cycle[0])
        ret.append(selectable)
        chosen = {id(s) for s in selectable}
        remaining = [r for r in remaining if id(r) not in chosen]
        for _, deps in dependencies.values():
            deps[:] = [d for d in deps if id(d) not in chosen]
    return ret


def _js_key(s: str) -> list[int]:
    """A sort key comparing strings as JavaScript's ``<`` does (by UTF-16 code units)."""
    data = s.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def _find_cycle(deps: dict[int, tuple[GraphNode, list[GraphNode]]]) -> list[GraphNode]:
    def recurse(node: GraphNode, path: list[GraphNode]) -> list[GraphNode] | None:
        for dep in deps.get(id(node), (node, []))[1]:
            if dep is path[0]:
                return [*path, dep]
            cycle = recurse(dep, [*path, dep])
            if cycle:
                return cycle
        return None

    for node, _ in deps.values():
        found = recurse(node, [node])
        if found:
            return found
    raise UnscopedValidationError("No cycle found. Assertion failure!")
