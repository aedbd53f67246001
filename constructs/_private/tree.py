"""``tree.json``: the construct tree written beside the templates."""

from __future__ import annotations

import os
from typing import Any

from .._construct import Construct
from .json_writer import compact_json

CDK_VERSION = "2.275.0"
# Set by the L1 layer: renders an L1 resource's properties as aws-cdk-lib shows them in tree.json.
L1_PROPS_RENDERER: list[Any] = []
CONSTRUCTS_VERSION = "10.8.1"


class Tree(Construct):
    """Marker construct added under the App at synthesis; its presence makes ``tree.json`` part of the assembly."""


_FQN_CACHE: dict[type, dict[str, str]] = {}


def _construct_info(c: Any) -> dict[str, str]:
    """``constructInfo`` of a construct (one shared dict per class; the writer only reads it)."""
    override = getattr(c, "_tree_fqn", None)
    if override is not None:
        return {"fqn": override[0], "version": override[1]}
    cls = type(c)
    info = _FQN_CACHE.get(cls)
    if info is None:
        fqn, version = _fqn(cls)
        info = _FQN_CACHE[cls] = {"fqn": fqn, "version": version}
    return info


def _fqn(c: type) -> tuple[str, str]:
    """The jsii-style type name: the first class in the MRO that pycdk itself defines."""
    cls = next(
        (k for k in c.__mro__ if k.__module__.split(".")[0] in ("constructs", "l1", "l2", "patterns")),
        c,
    )
    mod = cls.__module__
    name = cls.__name__
    if mod.startswith("constructs._construct") or name in ("Construct", "Tree"):
        return ("constructs.Construct", CONSTRUCTS_VERSION)
    if mod.startswith("constructs"):
        return (f"aws-cdk-lib.{name}", CDK_VERSION)
    if mod.startswith(("l1.", "l2.")):
        svc = mod.split(".")[1].rstrip("_")
        return (f"aws-cdk-lib.aws_{svc}.{name}", CDK_VERSION)
    return (f"{mod}.{name}", "0.0.0")


def _node(c: Any, props_of: Any) -> dict[str, Any]:
    n = c._node
    out: dict[str, Any] = {"id": n.id or "App", "path": n._path, "constructInfo": _construct_info(c)}
    if n._children:
        out["children"] = {k._node.id: _node(k, props_of) for k in n._iter_children()}
    attributes = getattr(c, "_tree_attributes", None)
    if attributes is not None:
        out["attributes"] = attributes()
    elif hasattr(type(c), "_CFN_PROPS") and L1_PROPS_RENDERER:
        out["attributes"] = {
            "aws:cdk:cloudformation:type": c.cfn_resource_type,
            "aws:cdk:cloudformation:logicalId": c._resolved_logical_id(),
            "aws:cdk:cloudformation:props": L1_PROPS_RENDERER[0](c, props_of(c)),
        }
    return out


def write_tree(root: Any, directory: str, props_of: Any = None) -> None:
    """Write ``tree.json`` for the tree below ``root``.

    Args:
        props_of: returns the resolved CloudFormation ``Properties`` of a resource (from its rendered template).
    """
    tree = _node(root, props_of or (lambda c: None))
    with open(os.path.join(directory, "tree.json"), "w", encoding="utf-8") as f:
        f.write(compact_json({"version": "tree-0.1", "tree": tree}))
