"""A ``Graph`` as Graphviz DOT: one cluster per construct group, edges labelled with their kind."""

from __future__ import annotations

from .graph_model import Graph, GraphNode

EDGE_STYLES = {
    "Ref": ("#1f77b4", "solid"),
    "GetAtt": ("#2ca02c", "solid"),
    "DependsOn": ("#7f7f7f", "dashed"),
}
"""Colour and line style of each edge kind (shared with the SVG renderer)."""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(graph: Graph) -> str:
    """The DOT text of ``graph`` (render it with ``dot -Tpng``, or read it as is)."""
    lines = [
        f"digraph {_quote(graph.title)} {{",
        f"  label={_quote(graph.title)};",
        "  labelloc=t;",
        "  rankdir=RL;",
        '  node [shape=box, style="rounded,filled", fillcolor="#f7f9fc", fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    lines += _clusters(graph.nodes, (), 1)
    for edge in graph.edges:
        colour, style = EDGE_STYLES[edge.kind]
        lines.append(
            f"  {_quote(edge.source)} -> {_quote(edge.target)} "
            f"[label={_quote(edge.kind)}, color={_quote(colour)}, style={style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _clusters(nodes: list[GraphNode], prefix: tuple[str, ...], depth: int) -> list[str]:
    pad = "  " * depth
    lines = [
        f"{pad}{_quote(n.logical_id)} [label={_quote(n.logical_id)[:-1]}\\n{_quote(n.resource_type)[1:]}];"
        for n in nodes if n.group == prefix
    ]
    children: list[str] = []
    for n in nodes:
        if len(n.group) > len(prefix) and n.group[: len(prefix)] == prefix and n.group[len(prefix)] not in children:
            children.append(n.group[len(prefix)])
    for child in children:
        sub = (*prefix, child)
        lines.append(f"{pad}subgraph {_quote('cluster_' + '/'.join(sub))} {{")
        lines.append(f"{pad}  label={_quote(child)};")
        lines.append(f'{pad}  style="rounded"; color="#9aa5b1";')
        lines += _clusters([n for n in nodes if n.group[: len(sub)] == sub], sub, depth + 1)
        lines.append(f"{pad}}}")
    return lines
