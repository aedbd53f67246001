"""An ``AppGraph`` as a self-contained SVG document (no Graphviz, no external references).

Every shape, edge and label lies inside the canvas: edges run between box sides and their control points are
clamped to the canvas, and the canvas leaves room on the right for edges that loop between boxes of one column.
"""

from __future__ import annotations

import html

from .labels import EDGE_MEANINGS, EDGE_STYLES, group_title, long_label, node_subtitle, short_label
from .layout import NODE_W, Layout, Rect, layout
from .model import EDGE_KINDS, AppGraph, Edge, Node
from .services import CATEGORIES

MARGIN = 24.0
TITLE_H = 40.0
LOOP_ROOM = 60.0
LEGEND_ROW = 22.0
_GROUP_FILLS = {"stage": "#f4f0fa", "stack": "#f3f6fa", "nested-stack": "#eef3f8", "scope": "#ffffff"}
_GROUP_STROKES = {"stage": "#8b6fbf", "stack": "#486581", "nested-stack": "#627d98", "scope": "#bcccdc"}


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _fit(text: str, width: float, char_w: float) -> str:
    limit = max(int(width / char_w), 4)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _n(value: float) -> str:
    return f"{value:.1f}"


def node_tooltip(node: Node) -> str:
    """The path, service and class of a node, and its L1 resources (logical id and type)."""
    lines = [node.id, node_subtitle(node)]
    lines += [f"{r.logical_id} ({r.type})" for r in node.resources[:30]]
    if len(node.resources) > 30:
        lines.append(f"… {len(node.resources) - 30} more")
    return "\n".join(lines)


def _legend_entries(graph: AppGraph) -> list[tuple[str, str, float]]:
    """(kind, key, width) of each legend entry: ``category`` swatches, then ``edge`` kinds, then ``via``."""
    entries: list[tuple[str, str, float]] = []
    used = {n.category for n in graph.nodes}
    for key, category in CATEGORIES.items():
        if key in used:
            entries.append(("category", key, 26 + len(category.name) * 7.0 + 18))
    kinds = {e.kind for e in graph.edges}
    for kind in EDGE_KINDS:
        if kind in kinds:
            entries.append(("edge", kind, 40 + len(EDGE_MEANINGS[kind]) * 7.0 + len(kind) * 7.0 + 24))
    if any(e.via for e in graph.edges):
        entries.append(("via", "", 60 * 7.0))
    return entries


def _legend_rows(entries: list[tuple[str, str, float]], width: float) -> list[list[tuple[str, str, float]]]:
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 60.0
    for entry in entries:
        if rows[-1] and used + entry[2] > width:
            rows.append([])
            used = 60.0
        rows[-1].append(entry)
        used += entry[2]
    return rows


def edge_sides(a: Rect, b: Rect) -> tuple[str, str]:
    """Which side of ``a`` an edge to ``b`` leaves from and which side of ``b`` it enters (``left``/``right``)."""
    if b.x >= a.x + a.w:
        return "right", "left"
    if b.x + b.w <= a.x:
        return "left", "right"
    return "right", "right"  # one above the other: loop out on the right


def edge_geometry(a: Rect, b: Rect, width: float, height: float, ay: float | None = None,
                  by: float | None = None, obstacles: list[Rect] | None = None,
                  lanes: list[tuple[float, float, float]] | None = None,
                  ) -> tuple[list[list[tuple[float, float]]], tuple[float, float]]:
    """The route of an edge from box ``a`` to box ``b``: cubic curve segments (each four points, clamped to the
    canvas) and the point where its label goes.

    ``ay`` / ``by``: where on the boxes' sides the edge starts and ends (default: the middle). ``obstacles``:
    the other boxes; an edge between columns that are not neighbours runs above or below the boxes between them
    (a horizontal lane), not through them. ``lanes``: the lanes taken so far (y, from x, to x); a new lane keeps
    7 px from those it runs beside, and is added.
    """
    ay = a.y + a.h / 2 if ay is None else ay
    by = b.y + b.h / 2 if by is None else by
    sides = edge_sides(a, b)
    segments: list[list[tuple[float, float]]]
    if sides == ("right", "left") or sides == ("left", "right"):
        sign = 1.0 if sides == ("right", "left") else -1.0
        sx = a.x + a.w if sign > 0 else a.x
        ex = b.x if sign > 0 else b.x + b.w
        low, high = min(sx, ex), max(sx, ex)
        lo_y, hi_y = min(ay, by), max(ay, by)
        between = [r for r in obstacles or [] if r.x < high and r.x + r.w > low]
        if any(r.y < hi_y + 4 and r.y + r.h > lo_y - 4 for r in between):
            above = min(r.y for r in between) - 9
            below = max(r.y + r.h for r in between) + 9
            up = above > 4 and abs(above - (ay + by) / 2) <= abs(below - (ay + by) / 2)
            lane = above if up else below
            taken = lanes if lanes is not None else []
            while any(abs(y - lane) < 7 and x0 < high and x1 > low for y, x0, x1 in taken) and 4 < lane < height - 4:
                lane += -7.0 if up else 7.0
            taken.append((lane, low, high))
            turn = 18.0 * sign
            segments = [
                [(sx, ay), (sx + turn, ay), (sx + turn, lane), (sx + 2 * turn, lane)],
                [(sx + 2 * turn, lane), (sx + 2 * turn, lane), (ex - 2 * turn, lane), (ex - 2 * turn, lane)],
                [(ex - 2 * turn, lane), (ex - turn, lane), (ex - turn, by), (ex, by)],
            ]
        else:
            bend = max(30.0, (high - low) / 2) * sign
            segments = [[(sx, ay), (sx + bend, ay), (ex - bend, by), (ex, by)]]
    else:  # one above the other: loop out on the right
        sx, ex = a.x + a.w, b.x + b.w
        bend = min(52.0, 30.0 + abs(ay - by) / 8)
        segments = [[(sx, ay), (max(sx, ex) + bend, ay), (max(sx, ex) + bend, by), (ex, by)]]
    clamped = [[(min(max(px, 2.0), width - 2.0), min(max(py, 2.0), height - 2.0)) for px, py in segment]
               for segment in segments]
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = clamped[len(clamped) // 2]
    middle = ((x0 + 3 * x1 + 3 * x2 + x3) / 8, (y0 + 3 * y1 + 3 * y2 + y3) / 8)
    return clamped, middle


def _ports(graph: AppGraph, placed: Layout) -> dict[tuple[int, str], float]:
    """Where each edge meets its boxes: the edges on one side of a box are spread along it, ordered by where
    their other end is, so they do not all meet in one point. Keys: (edge index, ``source``/``target``)."""
    by_side: dict[tuple[str, str], list[tuple[float, float, int, str]]] = {}
    for index, edge in enumerate(graph.edges):
        a, b = placed.nodes[edge.source], placed.nodes[edge.target]
        side_a, side_b = edge_sides(a, b)
        by_side.setdefault((edge.source, side_a), []).append((b.y + b.h / 2, b.x, index, "source"))
        by_side.setdefault((edge.target, side_b), []).append((a.y + a.h / 2, a.x, index, "target"))
    ports: dict[tuple[int, str], float] = {}
    for (node_id, _), ends in by_side.items():
        r = placed.nodes[node_id]
        ends.sort()
        for position, (_, _, index, end) in enumerate(ends):
            ports[(index, end)] = r.y + r.h * (position + 1) / (len(ends) + 1)
    return ports


def to_svg(graph: AppGraph, *, links: bool = False) -> str:
    """The SVG document of ``graph``.

    Args:
        links: wrap each node in a link to ``#c<index>`` (the HTML page's details of that construct).
    """
    placed = layout(graph, MARGIN, MARGIN + TITLE_H)
    entries = _legend_entries(graph)
    width = max(MARGIN + placed.width + LOOP_ROOM + MARGIN, 520.0)
    rows = _legend_rows(entries, width - 2 * MARGIN)
    legend_top = MARGIN + TITLE_H + placed.height + 28
    height = legend_top + 20 + LEGEND_ROW * len(rows) + MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>{_esc(graph.title)}</title>",
        "<defs>",
    ]
    for kind in EDGE_KINDS:
        colour = EDGE_STYLES[kind][0]
        parts.append(f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" '
                     f'markerHeight="6" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
    parts.append("</defs>")
    parts.append(f'<rect class="canvas" x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>')
    stacks = sum(1 for g in graph.groups.values() if g.kind in ("stack", "nested-stack"))
    resources = sum(len(n.resources) for n in graph.nodes)
    what = "resources" if graph.resource_view else f"constructs, {resources} resources"
    parts.append(f'<text x="{MARGIN:.0f}" y="{MARGIN + 16:.0f}" font-size="18" font-weight="bold" fill="#102a43">'
                 f"{_esc(graph.title)}</text>")
    parts.append(f'<text x="{MARGIN:.0f}" y="{MARGIN + 32:.0f}" font-size="11" fill="#627d98">'
                 f"{len(graph.nodes)} {what} in {stacks} stack{'s' if stacks != 1 else ''}</text>")
    parts += _groups(graph, placed)
    labels: list[str] = []
    ports = _ports(graph, placed)
    lanes: list[tuple[float, float, float]] = []
    spots: list[Rect] = []
    for index, edge in enumerate(graph.edges):
        parts.append(_edge(edge, placed, width, height, labels, ports[(index, "source")], ports[(index, "target")],
                           lanes, spots))
    for index, node in enumerate(graph.nodes):
        parts.append(_node(index, node, placed.nodes[node.id], links))
    parts += labels
    parts += _legend(rows, legend_top)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _groups(graph: AppGraph, placed: Layout) -> list[str]:
    parts: list[str] = []
    for group in graph.groups.values():
        r = placed.groups[group.id]
        dash = ' stroke-dasharray="4,3"' if group.kind == "scope" else ""
        parts.append(
            f'<g class="group {group.kind}"><title>{_esc(group.id)}</title>'
            f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" rx="8" '
            f'fill="{_GROUP_FILLS[group.kind]}" stroke="{_GROUP_STROKES[group.kind]}"{dash}/>'
            f'<text x="{_n(r.x + 10)}" y="{_n(r.y + 18)}" font-size="12" font-weight="bold" '
            f'fill="{_GROUP_STROKES[group.kind]}">{_esc(_fit(group_title(group), r.w - 20, 7.0))}</text></g>'
        )
    return parts


def _free_spot(x: float, y: float, half: float, spots: list[Rect], boxes: list[Rect], width: float,
               height: float) -> tuple[float, float]:
    """Where a label of half-width ``half`` centred near (``x``, ``y``) overlaps no label placed so far and, if
    possible, no node box (tried: the point, steps along the edge, a line above and below); the spot is
    recorded in ``spots``."""
    candidates = [(x, y)] + [(x + sign * step * (2 * half + 8), y) for step in (1, 2) for sign in (1, -1)]
    candidates += [(x, y - 12), (x, y + 12), (x, y - 24), (x, y + 24)]
    placed = []
    for cx, cy in candidates:
        cx, cy = min(max(cx, half + 2), width - half - 2), min(max(cy, 12.0), height - 4)
        placed.append((cx, cy, Rect(cx - half, cy - 9, 2 * half, 11)))
    free = [p for p in placed if not any(p[2].overlaps(other) for other in spots)]
    clear = [p for p in free if not any(p[2].overlaps(box) for box in boxes)]
    chosen = (clear or free or placed)[0]
    spots.append(chosen[2])
    return chosen[0], chosen[1]


def _edge(edge: Edge, placed: Layout, width: float, height: float, labels: list[str], ay: float,
          by: float, lanes: list[tuple[float, float, float]], spots: list[Rect]) -> str:
    colour, dash, stroke = EDGE_STYLES[edge.kind]
    a, b = placed.nodes[edge.source], placed.nodes[edge.target]
    obstacles = [r for r in placed.nodes.values() if r is not a and r is not b]
    segments, (mx, my) = edge_geometry(a, b, width, height, ay, by, obstacles, lanes)
    d = f"M {_n(segments[0][0][0])} {_n(segments[0][0][1])}" + "".join(
        f" C {_n(p1[0])} {_n(p1[1])}, {_n(p2[0])} {_n(p2[1])}, {_n(p3[0])} {_n(p3[1])}" for _, p1, p2, p3 in segments)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    text = short_label(edge)
    if text:
        text = _fit(text, 150, 5.6)
        half = len(text) * 2.8
        lx, ly = _free_spot(mx, my - 3, half, spots, list(placed.nodes.values()), width, height)
        labels.append(f'<text class="edge-label" x="{_n(lx)}" y="{_n(ly)}" font-size="9.5" text-anchor="middle" '
                      f'fill="{colour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">{_esc(text)}</text>')
    return (f'<path class="edge {edge.kind}" d="{d}" fill="none" stroke="{colour}" stroke-width="{stroke}"{dashes} '
            f'marker-end="url(#arrow-{edge.kind})"><title>{_esc(edge.source)} → {_esc(edge.target)}: '
            f"{_esc(long_label(edge))}</title></path>")


def _node(index: int, node: Node, r: Rect, links: bool) -> str:
    category = CATEGORIES[node.category]
    body = (
        f'<g class="node" id="node-{index}"><title>{_esc(node_tooltip(node))}</title>'
        f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" rx="6" fill="{category.fill}" '
        f'stroke="{category.stroke}" stroke-width="1.2"/>'
        f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="6" height="{_n(r.h)}" rx="3" fill="{category.stroke}"/>'
        f'<text x="{_n(r.x + 14)}" y="{_n(r.y + 20)}" font-size="12.5" font-weight="bold" fill="#102a43">'
        f"{_esc(_fit(node.label, NODE_W - 24, 7.4))}</text>"
        f'<text x="{_n(r.x + 14)}" y="{_n(r.y + 37)}" font-size="11" fill="#334e68">'
        f"{_esc(_fit(node_subtitle(node), NODE_W - 24, 6.1))}</text></g>"
    )
    return f'<a href="#c{index}">{body}</a>' if links else body


def _legend(rows: list[list[tuple[str, str, float]]], top: float) -> list[str]:
    parts = [f'<g class="legend"><text x="{MARGIN:.0f}" y="{top + 12:.0f}" font-size="12" font-weight="bold" '
             f'fill="#102a43">Legend</text>']
    for row_index, row in enumerate(rows):
        y = top + 20 + row_index * LEGEND_ROW
        x = MARGIN + 60
        for kind, key, w in row:
            if kind == "category":
                category = CATEGORIES[key]
                parts.append(f'<rect x="{_n(x)}" y="{_n(y - 10)}" width="18" height="12" rx="3" fill="{category.fill}" '
                             f'stroke="{category.stroke}"/><text x="{_n(x + 24)}" y="{_n(y)}" font-size="11" '
                             f'fill="#334e68">{_esc(category.name)}</text>')
            elif kind == "edge":
                colour, dash, stroke = EDGE_STYLES[key]
                dashes = f' stroke-dasharray="{dash}"' if dash else ""
                parts.append(f'<line x1="{_n(x)}" y1="{_n(y - 4)}" x2="{_n(x + 32)}" y2="{_n(y - 4)}" stroke="{colour}" '
                             f'stroke-width="{stroke}"{dashes} marker-end="url(#arrow-{key})"/>'
                             f'<text x="{_n(x + 38)}" y="{_n(y)}" font-size="11" fill="#334e68">'
                             f"{_esc(key)}: {_esc(EDGE_MEANINGS[key])}</text>")
            else:
                parts.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="11" fill="#334e68">label “export” / “nested '
                             f"stack”: the edge crosses stacks</text>")
            x += w
    parts.append("</g>")
    return parts
