"""A layered, grouped layout of an ``AppGraph`` (no Graphviz): boxes for nodes, nested boxes for groups.

Inside each group (and at the top), the group's items (its nodes and sub-groups) go in columns by level: an
item sits right of what sends it events, of what it references, of what it may read, and left of what it may
write to (grants place items only where events and references leave them free); a cycle is cut where the walk
finds it. A column taller than the group's target height wraps into more columns, so a
group of 200 constructs is a grid, not a line. Items never overlap: each column is as wide as its widest item,
items in a column are stacked with a gap, and a group is as large as its content.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .labels import access_level, group_title
from .model import AppGraph

NODE_W = 200.0
NODE_H = 50.0
PAD = 14.0
HEADER = 28.0
GAP_Y = 16.0
GAP_X = 64.0
CHAR_W = 7.0


@dataclass(frozen=True)
class Rect:
    """A box: top-left corner, width, height."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Rect) -> bool:
        """True when the two boxes share interior points."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


@dataclass
class Layout:
    """Where everything goes: node and group boxes by id, and the size of the whole content."""

    nodes: dict[str, Rect] = field(default_factory=dict)
    groups: dict[str, Rect] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0


@dataclass
class _Box:
    key: tuple[str, str]  # ("n", node id) or ("g", group id)
    w: float = NODE_W
    h: float = NODE_H
    children: list[tuple[_Box, float, float]] = field(default_factory=list)  # box and offset inside this one


def layout(graph: AppGraph, x: float = 0.0, y: float = 0.0) -> Layout:
    """Lay ``graph`` out with its top-left corner at (``x``, ``y``)."""
    return _Layouter(graph).run(x, y)


class _Layouter:
    def __init__(self, graph: AppGraph) -> None:
        self.graph = graph
        self.order: dict[tuple[str, str], int] = {}
        self.chain: dict[str, list[str]] = {}
        for index, node in enumerate(graph.nodes):
            self.order[("n", node.id)] = index
            self.chain[node.id] = [g.id for g in graph.group_chain(node.group)]
            for group_id in self.chain[node.id]:
                self.order.setdefault(("g", group_id), index)
        # (left node, right node, weak): events and references place first; a grant (weak) only where it does
        # not contradict them (a queue policy letting its topic send must not undo the subscription's order)
        self.links: list[tuple[str, str, bool]] = []
        for edge in graph.edges:
            if edge.kind == "event":
                self.links.append((edge.source, edge.target, False))
            elif edge.kind == "grant" and access_level(list(edge.labels)) != "read":
                self.links.append((edge.source, edge.target, True))  # data goes from the writer to what it writes
            else:
                self.links.append((edge.target, edge.source, edge.kind == "grant"))
        self.links.sort(key=lambda link: link[2])

    def run(self, x: float, y: float) -> Layout:
        root = self._measure("")
        result = Layout(width=root.w, height=root.h)
        self._place(root, x, y, result)
        return result

    def _item_in(self, group_id: str, node_id: str) -> tuple[str, str] | None:
        chain = self.chain[node_id]
        if group_id == "":
            return ("g", chain[0]) if chain else ("n", node_id)
        if group_id not in chain:
            return None
        index = chain.index(group_id)
        return ("g", chain[index + 1]) if index + 1 < len(chain) else ("n", node_id)

    def _measure(self, group_id: str) -> _Box:
        items = [_Box(("n", n.id)) for n in self.graph.nodes if n.group == group_id]
        items += [self._measure(g.id) for g in self.graph.groups.values() if g.parent == group_id]
        items.sort(key=lambda b: self.order[b.key])
        if not items:  # an app without resources
            return _Box(("g", group_id), 0.0, 0.0)
        by_key = {b.key: b for b in items}
        preds: dict[tuple[str, str], list[tuple[str, str]]] = {b.key: [] for b in items}
        for left_node, right_node, weak in self.links:
            a, b = self._item_in(group_id, left_node), self._item_in(group_id, right_node)
            if a is None or b is None or a == b or a not in by_key or b not in by_key or a in preds[b]:
                continue
            if weak and _reaches(preds, a, b):
                continue  # b is already left of a
            preds[b].append(a)
        level: dict[tuple[str, str], int] = {}
        visiting: set[tuple[str, str]] = set()

        def depth(key: tuple[str, str]) -> int:
            if key in level:
                return level[key]
            if key in visiting:
                return -1  # a cycle: this link does not count
            visiting.add(key)
            level[key] = max((depth(p) + 1 for p in preds[key]), default=0)
            visiting.discard(key)
            return level[key]

        for box in items:
            depth(box.key)
        area = sum((b.w + GAP_X) * (b.h + GAP_Y) for b in items)
        limit = max(max(b.h for b in items), 4 * NODE_H + 3 * GAP_Y, math.sqrt(area) * 0.9)
        rank: dict[tuple[str, str], float] = {}
        columns: list[list[_Box]] = []
        for lvl in sorted(set(level.values())):
            members = [b for b in items if level[b.key] == lvl]
            members.sort(key=lambda b: (_mean([rank[p] for p in preds[b.key] if p in rank]), self.order[b.key]))
            columns.append(members)
            for position, box in enumerate(members):
                rank[box.key] = float(position)
        outer = _Box(("g", group_id))
        inset_x, inset_y = (PAD, HEADER) if group_id else (0.0, 0.0)
        # rows of items (row i of every column side by side), cut into bands no taller than the limit;
        # the bands are then laid out like words in lines no wider than the target width
        rows = max(len(c) for c in columns)
        row_h = [max(c[i].h for c in columns if i < len(c)) for i in range(rows)]
        bands: list[tuple[int, int]] = []
        first, used = 0, 0.0
        for i, h in enumerate(row_h):
            if i > first and used + h > limit:
                bands.append((first, i))
                first, used = i, 0.0
            used += h + GAP_Y
        bands.append((first, rows))
        target_w = max(limit * 1.6, 2 * NODE_W + GAP_X)
        cx, cy, line_h, right, bottom = inset_x, inset_y, 0.0, inset_x, inset_y
        for start, stop in bands:
            widths = [max((c[i].w for i in range(start, min(stop, len(c)))), default=0.0) for c in columns]
            widths = [w for w in widths if w > 0]
            band_w = sum(widths) + GAP_X * (len(widths) - 1)
            band_h = sum(row_h[start:stop]) + GAP_Y * (stop - start - 1)
            if cx > inset_x and cx + band_w - inset_x > target_w:
                cx, cy, line_h = inset_x, cy + line_h + GAP_Y * 2, 0.0
            x = cx
            for column in columns:
                cells = column[start:stop]
                if not cells:
                    continue
                y = cy
                for offset, box in enumerate(cells):
                    outer.children.append((box, x, y))
                    y += row_h[start + offset] + GAP_Y
                x += max(b.w for b in cells) + GAP_X
            right = max(right, cx + band_w)
            bottom = max(bottom, cy + band_h)
            line_h = max(line_h, band_h)
            cx += band_w + GAP_X * 1.5
        if group_id:
            title = group_title(self.graph.groups[group_id])
            outer.w = max(right + PAD, len(title) * CHAR_W + 2 * PAD)
            outer.h = bottom + PAD
        else:
            outer.w, outer.h = max(right, 0.0), max(bottom, 0.0)
        return outer

    def _place(self, box: _Box, x: float, y: float, result: Layout) -> None:
        kind, ident = box.key
        if kind == "n":
            result.nodes[ident] = Rect(x, y, box.w, box.h)
            return
        if ident:
            result.groups[ident] = Rect(x, y, box.w, box.h)
        for child, dx, dy in box.children:
            self._place(child, x + dx, y + dy, result)


def _reaches(preds: dict[tuple[str, str], list[tuple[str, str]]], start: tuple[str, str],
             goal: tuple[str, str]) -> bool:
    """True when ``goal`` is among the predecessors (transitively) of ``start``."""
    seen = {start}
    todo = [start]
    while todo:
        for pred in preds[todo.pop()]:
            if pred == goal:
                return True
            if pred not in seen:
                seen.add(pred)
                todo.append(pred)
    return False


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.inf
