"""Reading ``tree.json`` (and the ``trees-<n>.json`` forest files large apps split it into) into an index."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_STRUCTURAL = ("App", "Stage", "Stack", "NestedStack")


class TreeError(ValueError):
    """``tree.json`` (or a forest file it names) is not a readable construct tree."""

    def __init__(self, file: Path, reason: str) -> None:
        super().__init__(f"{file} is not a readable construct tree: {' '.join(reason.split())}")
        self.file = file


@dataclass
class TreeNode:
    """One construct of the tree."""

    path: str
    id: str
    fqn: str
    parent: str | None
    children: list[str] = field(default_factory=list)
    resource_type: str | None = None
    logical_id: str | None = None

    @property
    def is_l1(self) -> bool:
        return self.resource_type is not None

    @property
    def class_name(self) -> str:
        return self.fqn.rsplit(".", 1)[-1] if self.fqn else ""

    @property
    def is_stack(self) -> bool:
        return self.fqn.startswith(("aws-cdk-lib.", "@aws-cdk/")) and self.class_name in ("Stack", "NestedStack")

    @property
    def is_stage(self) -> bool:
        return self.fqn.startswith(("aws-cdk-lib.", "@aws-cdk/")) and self.class_name in ("Stage", "App")

    @property
    def is_library(self) -> bool:
        """A construct class of a library (aws-cdk-lib, pycdk's patterns): not a plain ``Construct``, not an app,
        stage or stack."""
        return bool(self.fqn) and self.fqn != "constructs.Construct" and self.class_name not in _STRUCTURAL


@dataclass
class TreeIndex:
    """Constructs by path, and each L1's construct path by (stack path, logical id)."""

    nodes: dict[str, TreeNode] = field(default_factory=dict)
    by_logical_id: dict[tuple[str, str], str] = field(default_factory=dict)

    def stack_of(self, path: str, stacks: set[str]) -> str | None:
        """The path of the innermost stack holding ``path`` (a stack construct, or one of ``stacks``)."""
        node = self.nodes.get(path)
        while node is not None and node.parent is not None:
            node = self.nodes.get(node.parent)
            if node is not None and (node.is_stack or node.path in stacks):
                return node.path
        return None

    def index_logical_ids(self, stacks: set[str]) -> None:
        """Fill ``by_logical_id`` (``stacks``: the stack paths the assembly names, for trees without classes)."""
        for node in self.nodes.values():
            if node.logical_id:
                stack_path = self.stack_of(node.path, stacks)
                if stack_path is not None:
                    self.by_logical_id[(stack_path, node.logical_id)] = node.path


def read_tree(directory: Path) -> TreeIndex:
    """The index of ``directory/tree.json`` (empty when the assembly has none).

    Raises:
        TreeError: when the file (or a forest file it names) is not JSON shaped as a construct tree.
    """
    index = TreeIndex()
    tree_file = directory / "tree.json"
    if not tree_file.is_file():
        return index
    forests: dict[str, dict[str, Any]] = {}

    def load(file: Path) -> Any:
        try:
            return json.loads(file.read_bytes().decode("utf-8"))
        except (ValueError, OSError, RecursionError) as e:
            raise TreeError(tree_file, str(e)) from e

    def subtree(ref: dict[str, Any]) -> dict[str, Any]:
        name = str(ref.get("fileName"))
        if "/" in name or "\\" in name or name.startswith("."):
            raise TreeError(tree_file, f"a subtree names the file {name!r} outside the assembly")
        if name not in forests:
            data = load(directory / name)
            if not isinstance(data, dict) or not isinstance(data.get("forest"), dict):
                raise TreeError(tree_file, f"{name} holds no forest")
            forests[name] = data["forest"]
        found = forests[name].get(str(ref.get("treeId")))
        if not isinstance(found, dict):
            raise TreeError(tree_file, f"{name} has no tree {ref.get('treeId')!r}")
        return found

    data = load(tree_file)
    try:
        root = data.get("tree") or {}
        stack: list[tuple[dict[str, Any], str | None]] = [(root, None)]
        while stack:
            raw, parent = stack.pop()
            if "fileName" in raw and "treeId" in raw and "children" not in raw:
                raw = subtree(raw)
            path = str(raw.get("path", ""))
            info = raw.get("constructInfo") or {}
            attributes = raw.get("attributes") or {}
            node = TreeNode(path, str(raw.get("id", "")), str(info.get("fqn", "")), parent)
            rtype, lid = attributes.get("aws:cdk:cloudformation:type"), attributes.get("aws:cdk:cloudformation:logicalId")
            if isinstance(rtype, str):
                node.resource_type = rtype
                node.logical_id = lid if isinstance(lid, str) else None
            index.nodes[path] = node
            if parent is not None:
                index.nodes[parent].children.append(path)
            children = raw.get("children") or {}
            stack.extend((child, path) for child in reversed(list(children.values())))
    except (AttributeError, TypeError) as e:
        # nodes must be objects with object children
        raise TreeError(tree_file, str(e)) from e
    return index
