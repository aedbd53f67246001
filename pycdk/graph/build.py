"""Building an ``AppGraph`` from a cloud assembly directory (``cdk.out``), written by pycdk or aws-cdk-lib.

The construct tree (``tree.json``) tells which L1 resources each L2/L3 construct made: every resource is folded
into the outermost library construct above it (below its stack) that owns an L1 directly, so a ``Function``
stands for its role, policy, permissions and event source mappings. Library constructs that own no L1 directly
(patterns such as ``LambdaToDynamoDB``), plain ``Construct`` scopes, stacks and stages become groups. Without a
tree, ``aws:cdk:path`` metadata gives the paths, and an L1 is folded into its parent construct.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._private.edges import Key, RawEdge, Resolver, template_edges
from ._private.sources import NESTED_STACK_TYPE, StackSource, stack_sources
from ._private.tree import TreeIndex, read_tree
from .model import EDGE_KINDS, AppGraph, Edge, Group, Node, Resource
from .services import service_of, type_name


def build_graph(directory: str | Path, *, stacks: list[str] | None = None, resources: bool = False,
                title: str | None = None) -> AppGraph:
    """The graph of the cloud assembly in ``directory``.

    Args:
        directory: the assembly (``cdk.out``) directory.
        stacks: stack patterns (globs on display name, artifact id or stack name); all stacks when empty.
            Nested stacks come with their parent.
        resources: one node per L1 resource (grouped by construct path) instead of one per construct.
        title: the picture's title (default: the stack names, or ``app`` for more than three).

    Raises:
        pycdk.cli._private.console.CliError: when the manifest or a template cannot be read, or a pattern
            matches no stack.
        pycdk.graph._private.tree.TreeError: when ``tree.json`` is not a construct tree.
    """
    from ..cli._private.assembly import read_stacks, select_stacks  # the CLI's manifest reader, loaded on use

    root = Path(directory)
    infos = select_stacks(read_stacks(root), list(stacks or []))
    tree = read_tree(root)
    sources = stack_sources(infos, tree)
    if title is None:
        names = [i.display_name for i in infos]
        title = ", ".join(names) if 0 < len(names) <= 3 else "app"
    return _Builder(sources, tree, resources).build(title)


class _Builder:
    def __init__(self, sources: list[StackSource], tree: TreeIndex, resource_view: bool) -> None:
        self.sources = sources
        self.tree = tree
        self.resource_view = resource_view
        self.stack_paths = {s.path: s for s in sources}
        self.graph = AppGraph("", resource_view=resource_view)
        self.node_of: dict[Key, str] = {}
        self.nodes: dict[str, Node] = {}
        self._leaves: dict[str, dict[str, list[str]]] = {}

    def build(self, title: str) -> AppGraph:
        self.graph.title = title
        found: list[tuple[StackSource, str, dict[str, Any], str | None]] = []
        for source in self.sources:
            for logical_id, resource in (source.template.get("Resources") or {}).items():
                if isinstance(resource, dict) and resource.get("Type") != "AWS::CDK::Metadata":
                    path = self._path_of(source.path, logical_id, resource)
                    found.append((source, logical_id, resource, path))
                    tree_node = self.tree.nodes.get(path or "")
                    if tree_node is not None and not tree_node.is_l1:
                        # a CfnResource (custom resources, inline functions): aws-cdk-lib's tree has no attributes
                        tree_node.resource_type = str(resource.get("Type", "?"))
        for source, logical_id, resource, path in found:
            self._place(source, logical_id, resource, path)
        self.graph.nodes = list(self.nodes.values())
        self._order_groups()
        self.graph.edges = self._fold(template_edges(self.sources, Resolver(self.sources)))
        return self.graph

    # -- nodes -----------------------------------------------------------------------------------------------

    def _path_of(self, stack: str, logical_id: str, resource: dict[str, Any]) -> str | None:
        path = self.tree.by_logical_id.get((stack, logical_id))
        if path is None:
            metadata = resource.get("Metadata")
            found = metadata.get("aws:cdk:path") if isinstance(metadata, dict) else None
            path = found if isinstance(found, str) and found.startswith(stack + "/") else None
        if path is None and self.tree.nodes:
            path = self._guess_path(stack, logical_id)
        return path

    def _guess_path(self, stack: str, logical_id: str) -> str | None:
        """The path of a ``CfnResource`` the tree shows without attributes (aws-cdk-lib writes none for them),
        found by its logical id: the path's components below the stack, letters and digits only, then 8 hex
        digits of hash (as ``Names.uniqueId`` builds it); only when one construct matches."""
        if stack not in self._leaves:
            leaves: dict[str, list[str]] = {}
            depth = len(stack.split("/"))
            for node in self.tree.nodes.values():
                if (node.children or node.is_l1 or not node.path.startswith(stack + "/")
                        or node.class_name in _NOT_RESOURCES or self.tree.stack_of(node.path, set(self.stack_paths)) != stack):
                    continue
                parts = [p for p in node.path.split("/")[depth:] if p not in ("Default", "Resource")]
                human = "".join(c for c in "".join(_dedupe(parts)) if c.isalnum())
                leaves.setdefault(human, []).append(node.path)
            self._leaves[stack] = leaves
        if len(logical_id) <= 8:
            return None
        hits = self._leaves[stack].get(logical_id[:-8], [])
        return hits[0] if len(hits) == 1 else None

    def _place(self, source: StackSource, logical_id: str, resource: dict[str, Any], path: str | None) -> None:
        rtype = str(resource.get("Type", "?"))
        item = Resource(source.path, logical_id, rtype, path)
        if rtype == NESTED_STACK_TYPE and not self.resource_view and any(
                s.parent == (source.path, logical_id) for s in self.sources):
            return  # drawn as the nested stack's group
        full = path or f"{source.path}/{logical_id}"
        owner = full if self.resource_view else self._owner(source.path, full)
        node = self.nodes.get(owner)
        if node is None:
            service, category = service_of(rtype)
            tree_node = self.tree.nodes.get(owner)
            kind = type_name(rtype)
            if tree_node is not None and not tree_node.is_l1 and tree_node.class_name:
                kind = tree_node.class_name
            label = owner.rsplit("/", 1)[-1]
            if self.resource_view:
                label = _resource_label(full, logical_id, path is not None)
            node = Node(owner, label, kind, service, category, self._group(source.path, owner), [])
            self.nodes[owner] = node
        elif owner + "/Resource" == full or (node.resources and node.resources[0].type.startswith("AWS::IAM::")
                                              and not rtype.startswith("AWS::IAM::")):
            # the construct's own resource (or, failing that, its first non-IAM one) names its service
            node.service, node.category = service_of(rtype)
        node.resources.append(item)
        self.node_of[(source.path, logical_id)] = owner

    def _owner(self, stack: str, path: str) -> str:
        """The construct drawn for the L1 at ``path``: the outermost library construct above it (below the
        stack) that owns an L1 directly; the L1's parent when the tree does not know it; else the L1."""
        parts = path.split("/")
        stack_depth = len(stack.split("/"))
        if path in self.tree.nodes:
            for depth in range(stack_depth + 1, len(parts)):
                ancestor = self.tree.nodes.get("/".join(parts[:depth]))
                if ancestor is None or ancestor.path in self.stack_paths or ancestor.is_stack:
                    continue
                if ancestor.is_library and any(self.tree.nodes[c].is_l1 for c in ancestor.children):
                    return ancestor.path
            return path
        parent = "/".join(parts[:-1])
        return parent if len(parts) - 1 > stack_depth and parent not in self.stack_paths else path

    def _group(self, stack: str, node_path: str) -> str:
        """The innermost group of the node at ``node_path`` (made, with its parents, when new)."""
        parts = node_path.split("/")
        parent = ""
        for depth in range(1, len(parts)):
            path = "/".join(parts[:depth])
            if path.endswith(".NestedStack") and not self.resource_view:
                continue  # NestedStack's holder of its stack resource: not a scope of its own
            if path not in self.graph.groups:
                self.graph.groups[path] = Group(path, parts[depth - 1], self._group_kind(path), parent,
                                                self._group_detail(path))
            parent = path
        return parent

    def _group_kind(self, path: str) -> str:
        source = self.stack_paths.get(path)
        if source is not None:
            return "nested-stack" if source.parent is not None else "stack"
        tree_node = self.tree.nodes.get(path)
        if (tree_node is not None and tree_node.is_stage) or any(s.startswith(path + "/") for s in self.stack_paths):
            if tree_node is None or not tree_node.is_library or tree_node.is_stage:
                return "stage"
        return "scope"

    def _group_detail(self, path: str) -> str:
        tree_node = self.tree.nodes.get(path)
        if tree_node is not None and tree_node.is_library and not tree_node.is_l1:
            return tree_node.class_name
        return ""

    def _order_groups(self) -> None:
        """Groups outermost first, then in tree order of their first node."""
        order: dict[str, int] = {}
        for index, node in enumerate(self.graph.nodes):
            for group in self.graph.group_chain(node.group):
                order.setdefault(group.id, index)
        groups = sorted(self.graph.groups.values(), key=lambda g: (g.id.count("/"), order.get(g.id, 0)))
        self.graph.groups = {g.id: g for g in groups if g.id in order}

    # -- edges -----------------------------------------------------------------------------------------------

    def _fold(self, raw: list[RawEdge]) -> list[Edge]:
        position = {node.id: i for i, node in enumerate(self.graph.nodes)}
        merged: dict[tuple[str, str, str, str], list[str]] = {}
        for edge in raw:
            if edge.kind == "dependency" and not self.resource_view:
                continue
            source, target = self.node_of.get(edge.source), self.node_of.get(edge.target)
            if source is None or target is None or source == target:
                continue
            labels = merged.setdefault((source, target, edge.kind, edge.via), [])
            if edge.label not in labels:
                labels.append(edge.label)
        # an edge already drawn as a grant or event is not drawn again as a plain reference
        stronger = {(s, t) for (s, t, k, _) in merged if k in ("grant", "event")}
        edges = [Edge(s, t, k, tuple(sorted(labels)), via) for (s, t, k, via), labels in merged.items()
                 if not (k == "reference" and (s, t) in stronger)]
        edges.sort(key=lambda e: (position[e.source], position[e.target], EDGE_KINDS.index(e.kind), e.via))
        return edges


_NOT_RESOURCES = frozenset({"CfnOutput", "CfnParameter", "CfnCondition", "CfnRule", "CfnMapping", "CfnInclude",
                            "CfnHook", "CfnCodeDeployBlueGreenHook", "Construct", "AssetStaging", "CfnElement"})


def _dedupe(parts: list[str]) -> list[str]:
    kept: list[str] = []
    for part in parts:
        if not kept or kept[-1] != part:
            kept.append(part)
    return kept


def _resource_label(full: str, logical_id: str, known: bool) -> str:
    if not known:
        return logical_id
    parts = full.split("/")
    if parts[-1] in ("Resource", "Default") and len(parts) > 2:
        return f"{parts[-2]}/{parts[-1]}"
    return parts[-1]
