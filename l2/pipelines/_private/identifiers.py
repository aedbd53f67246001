"""Names derived from the pipeline graph: action names, variable namespaces, hashes."""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l2.pipelines._deployment import StackDeployment
    from l2.pipelines._private.graph import GraphNode

_UNSAFE_ACTION_CHARS = re.compile(r"[^A-Za-z0-9.@\-_]+")


def js_json(obj: Any) -> str:
    """``obj`` as JavaScript's ``JSON.stringify`` writes it (no spaces, ``None`` members dropped)."""
    return json.dumps(_drop_none(obj), separators=(",", ":"), ensure_ascii=False)


def _drop_none(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _drop_none(v) for k, v in x.items() if v is not None}
    if isinstance(x, list | tuple):
        return [None if v is None else _drop_none(v) for v in x]
    return x


def hash_of(obj: Any) -> str:
    """The hex SHA-256 of ``obj``'s JSON."""
    return hashlib.sha256(js_json(obj).encode("utf-8")).hexdigest()


def limit_identifier_length(s: str, n: int) -> str:
    """``s`` shortened to ``n`` characters by putting a hash in its middle."""
    if len(s) <= n:
        return s
    h = hash_of(s)[:8]
    mid = (n - len(h)) // 2
    return s[:mid] + h + s[len(s) - mid:]


def action_name(node: GraphNode, parent: GraphNode | None) -> str:
    """The CodePipeline action name of ``node``: its path below ``parent``, dotted, at most 100 characters."""
    names = [_UNSAFE_ACTION_CHARS.sub("_", n.display_name if n.display_name is not None else n.id)
             for n in node.ancestor_path(parent)]
    total_max = 100
    joined = ".".join(names)
    if len(joined) <= total_max:
        return joined
    dots = len(names) - 1
    max_length = max(15, (total_max - dots) // len(names))
    return limit_identifier_length(".".join(limit_identifier_length(x, max_length) for x in names), total_max - 2)


def stack_variable_namespace(stack: StackDeployment) -> str:
    """The variables namespace of the action deploying ``stack``."""
    return limit_identifier_length(stack.stack_artifact_id, 100)
