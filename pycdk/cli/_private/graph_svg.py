"""A ``Graph`` drawn as a self-contained SVG (and an HTML page around it), without Graphviz.

Layout: each top-level item (a construct group, or a resource directly in the stack) is a column entry;
an item sits one column right of the rightmost item it uses, so references point right to left. Inside a
group, resources come first, then nested groups as nested boxes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .graph_dot import EDGE_STYLES
from .graph_model import Graph, GraphNode

_NODE_H = 44
_CHAR_W = 7.8
_PAD = 12
_TITLE_H = 22
_GAP = 10
_COL_GAP = 90
_MARGIN = 24
_HEADER_H = 40
_LEGEND_H = 40


@dataclass
class _Box:
    """A construct group (or, with ``single``, a lone resource) and its laid-out size."""

    name: str
    nodes: list[GraphNode] = field(default_factory=list)
    children: list[_Box] = field(default_factory=list)
    single: GraphNode | None = None
    w: float = 0.0
    h: float = 0.0


@dataclass(frozen=True)
class _Rect:
    x: float
    y: float
    w: float
    h: float


def _node_width(node: GraphNode) -> float:
    return max(120.0, max(len(node.logical_id), len(node.resource_type)) * _CHAR_W + 2 * _PAD)


def _build_box(name: str, nodes: list[GraphNode], depth: int) -> _Box:
    box = _Box(name, [n for n in nodes if len(n.group) == depth])
    names: list[str] = []
    for n in nodes:
        if len(n.group) > depth and n.group[depth] not in names:
            names.append(n.group[depth])
    box.children = [_build_box(c, [n for n in nodes if len(n.group) > depth and n.group[depth] == c], depth + 1)
                    for c in names]
    _measure(box)
    return box


def _measure(box: _Box) -> None:
    if box.single is not None:
        box.w, box.h = _node_width(box.single), _NODE_H
        return
    widths = [_node_width(n) for n in box.nodes] + [c.w for c in box.children] + [len(box.name) * _CHAR_W]
    box.w = max(widths) + 2 * _PAD
    heights = [_NODE_H] * len(box.nodes) + [c.h for c in box.children]
    box.h = _TITLE_H + sum(heights) + _GAP * max(len(heights) - 1, 0) + _PAD


def _top_level_items(graph: Graph) -> list[_Box]:
    items: list[_Box] = []
    groups: list[str] = []
    for node in graph.nodes:
        if not node.group:
            box = _Box(node.logical_id, single=node)
            _measure(box)
            items.append(box)
        elif node.group[0] not in groups:
            groups.append(node.group[0])
            items.append(_build_box(node.group[0], [n for n in graph.nodes if n.group[:1] == (node.group[0],)], 1))
    return items


def _levels(graph: Graph, items: list[_Box]) -> list[int]:
    item_of: dict[str, int] = {}
    for index, item in enumerate(items):
        for node in _all_nodes(item):
            item_of[node.logical_id] = index
    uses: dict[int, set[int]] = {i: set() for i in range(len(items))}
    for edge in graph.edges:
        a, b = item_of.get(edge.source), item_of.get(edge.target)
        if a is not None and b is not None and a != b:
            uses[a].add(b)
    level: dict[int, int] = {}
    visiting: set[int] = set()

    def depth(i: int) -> int:
        if i in level:
            return level[i]
        if i in visiting:  # a cycle between groups: stop here
            return 0
        visiting.add(i)
        level[i] = max((depth(j) + 1 for j in uses[i]), default=0)
        visiting.discard(i)
        return level[i]

    return [depth(i) for i in range(len(items))]


def _all_nodes(box: _Box) -> list[GraphNode]:
    if box.single is not None:
        return [box.single]
    found = list(box.nodes)
    for child in box.children:
        found += _all_nodes(child)
    return found


def to_svg(graph: Graph) -> str:
    """The SVG document of ``graph`` (no external references)."""
    items = _top_level_items(graph)
    levels = _levels(graph, items)
    columns: dict[int, list[_Box]] = {}
    for item, level in zip(items, levels, strict=True):
        columns.setdefault(level, []).append(item)
    node_rects: dict[str, _Rect] = {}
    group_rects: list[tuple[_Rect, str, int, str]] = []
    x = float(_MARGIN)
    height = 0.0
    for level in sorted(columns):
        y = float(_MARGIN + _HEADER_H)
        width = max(item.w for item in columns[level])
        for item in columns[level]:
            _place(item, x, y, 0, "", node_rects, group_rects)
            y += item.h + 2 * _GAP
        height = max(height, y)
        x += width + _COL_GAP
    total_w = max(x - _COL_GAP + _MARGIN, 360.0)
    total_h = height + _LEGEND_H + _MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w:.0f}" height="{total_h:.0f}" '
        f'viewBox="0 0 {total_w:.0f} {total_h:.0f}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>{_esc(graph.title)}</title>",
        "<defs>",
    ]
    for kind, (colour, _) in EDGE_STYLES.items():
        parts.append(
            f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>'
        )
    parts.append("</defs>")
    parts.append('<rect width="100%" height="100%" fill="#ffffff"/>')
    parts.append(f'<text x="{_MARGIN}" y="{_MARGIN + 14}" font-size="18" font-weight="bold">{_esc(graph.title)}</text>')
    for rect, label, depth, path in group_rects:
        fill = ("#eef2f7", "#e3e9f1", "#d8e0eb")[depth % 3]
        parts.append(
            f'<g class="group"><title>{_esc(path)}</title><rect x="{rect.x:.1f}" y="{rect.y:.1f}" '
            f'width="{rect.w:.1f}" height="{rect.h:.1f}" rx="8" fill="{fill}" stroke="#9aa5b1"/>'
            f'<text x="{rect.x + _PAD:.1f}" y="{rect.y + 15:.1f}" font-size="12" font-weight="bold" '
            f'fill="#334e68">{_esc(label)}</text></g>'
        )
    for edge in graph.edges:
        source, target = node_rects.get(edge.source), node_rects.get(edge.target)
        if source is None or target is None:
            continue
        colour, style = EDGE_STYLES[edge.kind]
        dash = ' stroke-dasharray="5,4"' if style == "dashed" else ""
        parts.append(
            f'<path class="edge {edge.kind}" d="{_curve(source, target)}" fill="none" stroke="{colour}" '
            f'stroke-width="1.5"{dash} marker-end="url(#arrow-{edge.kind})">'
            f"<title>{_esc(edge.source)} {edge.kind} {_esc(edge.target)}</title></path>"
        )
    for node in graph.nodes:
        rect = node_rects[node.logical_id]
        parts.append(
            f'<g class="node" id="node-{_esc(node.logical_id)}"><title>{_esc(node.path or node.logical_id)}</title>'
            f'<rect x="{rect.x:.1f}" y="{rect.y:.1f}" width="{rect.w:.1f}" height="{rect.h:.1f}" rx="6" '
            f'fill="#ffffff" stroke="#486581"/>'
            f'<text x="{rect.x + _PAD:.1f}" y="{rect.y + 18:.1f}" font-size="12" font-weight="bold">'
            f"{_esc(node.logical_id)}</text>"
            f'<text x="{rect.x + _PAD:.1f}" y="{rect.y + 34:.1f}" font-size="11" fill="#627d98">'
            f"{_esc(node.resource_type)}</text></g>"
        )
    legend_y = total_h - _MARGIN - 10
    lx = float(_MARGIN)
    for kind, (colour, style) in EDGE_STYLES.items():
        dash = ' stroke-dasharray="5,4"' if style == "dashed" else ""
        parts.append(
            f'<line x1="{lx:.0f}" y1="{legend_y:.0f}" x2="{lx + 30:.0f}" y2="{legend_y:.0f}" stroke="{colour}" '
            f'stroke-width="1.5"{dash} marker-end="url(#arrow-{kind})"/>'
            f'<text x="{lx + 36:.0f}" y="{legend_y + 4:.0f}" font-size="11">{kind}</text>'
        )
        lx += 110
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _place(box: _Box, x: float, y: float, depth: int, parent_path: str, node_rects: dict[str, _Rect],
           group_rects: list[tuple[_Rect, str, int, str]]) -> None:
    if box.single is not None:
        node_rects[box.single.logical_id] = _Rect(x, y, box.w, box.h)
        return
    path = f"{parent_path}/{box.name}" if parent_path else box.name
    group_rects.append((_Rect(x, y, box.w, box.h), box.name, depth, path))
    cy = y + _TITLE_H
    for node in box.nodes:
        node_rects[node.logical_id] = _Rect(x + _PAD, cy, box.w - 2 * _PAD, _NODE_H)
        cy += _NODE_H + _GAP
    for child in box.children:
        _place(child, x + _PAD, cy, depth + 1, path, node_rects, group_rects)
        cy += child.h + _GAP


def _curve(source: _Rect, target: _Rect) -> str:
    sy, ty = source.y + source.h / 2, target.y + target.h / 2
    if source.x >= target.x + target.w:  # the usual case: the used resource is in a column to the left
        sx, tx = source.x, target.x + target.w
        bend = max(40.0, (sx - tx) / 2)
        return f"M {sx:.1f} {sy:.1f} C {sx - bend:.1f} {sy:.1f}, {tx + bend:.1f} {ty:.1f}, {tx:.1f} {ty:.1f}"
    if source.x + source.w <= target.x:  # a reference against the flow (a cycle between groups)
        sx, tx = source.x + source.w, target.x
        bend = max(40.0, (tx - sx) / 2)
        return f"M {sx:.1f} {sy:.1f} C {sx + bend:.1f} {sy:.1f}, {tx - bend:.1f} {ty:.1f}, {tx:.1f} {ty:.1f}"
    sx, tx = source.x + source.w, target.x + target.w  # same column: loop out on the right
    bend = 40.0 + abs(sy - ty) / 6
    return f"M {sx:.1f} {sy:.1f} C {sx + bend:.1f} {sy:.1f}, {tx + bend:.1f} {ty:.1f}, {tx:.1f} {ty:.1f}"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def to_html(graph: Graph) -> str:
    """A standalone HTML page: the SVG inline, then a table of the resources and their construct paths."""
    rows = "\n".join(
        f"<tr><td>{_esc(n.logical_id)}</td><td>{_esc(n.resource_type)}</td><td>{_esc(n.path or '')}</td></tr>"
        for n in graph.nodes
    )
    edges = "\n".join(
        f"<tr><td>{_esc(e.source)}</td><td>{e.kind}</td><td>{_esc(e.target)}</td></tr>" for e in graph.edges
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_esc(graph.title)} - pycdk graph</title>\n"
        "<style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#102a43}"
        "table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #d9e2ec;padding:4px 8px;"
        "text-align:left;font-size:13px}th{background:#f0f4f8}.graph{overflow:auto}</style>\n"
        f"</head>\n<body>\n<h1>{_esc(graph.title)}</h1>\n<div class=\"graph\">\n{to_svg(graph)}</div>\n"
        f"<h2>Resources ({len(graph.nodes)})</h2>\n<table>\n<tr><th>Logical id</th><th>Type</th>"
        f"<th>Construct path</th></tr>\n{rows}\n</table>\n"
        f"<h2>References ({len(graph.edges)})</h2>\n<table>\n<tr><th>From</th><th>Kind</th><th>To</th></tr>\n"
        f"{edges}\n</table>\n</body>\n</html>\n"
    )
