"""An ``AppGraph`` as a Mermaid flowchart (renders in code-hosting markdown): groups as nested subgraphs,
service categories as node classes, references / grants / events as plain, dotted and thick arrows."""

from __future__ import annotations

from .labels import EDGE_MEANINGS, group_title, node_subtitle, short_label
from .model import EDGE_KINDS, AppGraph
from .services import CATEGORIES

_ARROWS = {"reference": "-->", "grant": "-.->", "event": "==>", "dependency": "-.->"}
_LEGEND_ARROWS = {"reference": "→", "grant": "⇢", "event": "⇒", "dependency": "⇢"}


def _text(text: str) -> str:
    """Text safe inside a quoted Mermaid label."""
    return (text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
            .replace("|", "#124;"))


def to_mermaid(graph: AppGraph) -> str:
    """The Mermaid text of ``graph`` (``flowchart LR``)."""
    node_ids = {node.id: f"n{i}" for i, node in enumerate(graph.nodes)}
    group_ids = {group.id: f"g{i}" for i, group in enumerate(graph.groups.values())}
    lines = ["flowchart LR", f"  %% {_text(graph.title)} (pycdk graph)"]

    def emit(parent: str, depth: int) -> None:
        pad = "  " * depth
        for node in graph.nodes:
            if node.group == parent:
                lines.append(f'{pad}{node_ids[node.id]}["<b>{_text(node.label)}</b><br/>{_text(node_subtitle(node))}"]'
                             f":::{node.category}")
        for group in graph.groups.values():
            if group.parent == parent:
                lines.append(f'{pad}subgraph {group_ids[group.id]}["{_text(group_title(group))}"]')
                emit(group.id, depth + 1)
                lines.append(f"{pad}end")

    emit("", 1)
    for edge in graph.edges:
        label = short_label(edge)
        arrow = _ARROWS[edge.kind]
        middle = f'{arrow}|"{_text(label)}"|' if label else arrow
        lines.append(f"  {node_ids[edge.source]} {middle} {node_ids[edge.target]}")
    used = [key for key in CATEGORIES if any(n.category == key for n in graph.nodes)]
    kinds = [kind for kind in EDGE_KINDS if any(e.kind == kind for e in graph.edges)]
    lines.append('  subgraph legend["Legend"]')
    for key in used:
        lines.append(f'    legend_{key}["{_text(CATEGORIES[key].name)}"]:::{key}')
    if kinds:
        text = "<br/>".join(f"{_LEGEND_ARROWS[k]} {k}: {EDGE_MEANINGS[k]}" for k in kinds)
        lines.append(f'    legend_edges["{_text(text).replace("#lt;br/#gt;", "<br/>")}"]')
    lines.append("  end")
    for key in used:
        category = CATEGORIES[key]
        lines.append(f"  classDef {key} fill:{category.fill},stroke:{category.stroke},color:#102a43")
    for index, edge in enumerate(graph.edges):
        if edge.kind == "grant":
            lines.append(f"  linkStyle {index} stroke:#c7273d")
        elif edge.kind == "event":
            lines.append(f"  linkStyle {index} stroke:#1f6fb2")
    return "\n".join(lines) + "\n"
