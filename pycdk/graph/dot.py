"""An ``AppGraph`` as Graphviz DOT (clusters for groups, category colours, styled edges and a legend), and its
rendering with Graphviz's ``dot`` when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from .labels import EDGE_MEANINGS, EDGE_STYLES, group_title, long_label, node_subtitle, short_label
from .model import EDGE_KINDS, AppGraph
from .services import CATEGORIES

RENDERED_FORMATS = ("png", "pdf", "dot-svg")
"""Formats Graphviz renders (``dot-svg``: Graphviz's own SVG)."""


class GraphvizMissing(RuntimeError):
    """Graphviz's ``dot`` is not on ``PATH``."""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(graph: AppGraph) -> str:
    """The DOT text of ``graph``."""
    node_ids = {node.id: f"n{i}" for i, node in enumerate(graph.nodes)}
    lines = [
        f"digraph {_quote(graph.title)} {{",
        f"  label={_quote(graph.title)}; labelloc=t; fontname=\"Helvetica\"; fontsize=16;",
        "  rankdir=LR; compound=true; newrank=true;",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]

    def emit(parent: str, depth: int) -> None:
        pad = "  " * depth
        for node in graph.nodes:
            if node.group == parent:
                category = CATEGORIES[node.category]
                lines.append(f"{pad}{node_ids[node.id]} [label={_quote(node.label + chr(10) + node_subtitle(node))}, "
                             f"fillcolor={_quote(category.fill)}, color={_quote(category.stroke)}, "
                             f"tooltip={_quote(node.id)}];")
        for index, group in enumerate(graph.groups.values()):
            if group.parent == parent:
                style = "dashed,rounded" if group.kind == "scope" else "rounded"
                lines.append(f"{pad}subgraph cluster_{index} {{")
                lines.append(f"{pad}  label={_quote(group_title(group))}; style={_quote(style)}; "
                             f"color=\"#627d98\"; tooltip={_quote(group.id)};")
                emit(group.id, depth + 1)
                lines.append(f"{pad}}}")

    emit("", 1)
    for edge in graph.edges:
        colour, dash, width = EDGE_STYLES[edge.kind]
        style = "solid" if not dash else ("dotted" if edge.kind == "dependency" else "dashed")
        label = short_label(edge)
        attrs = [f"color={_quote(colour)}", f"style={style}", f"penwidth={width}", f"tooltip={_quote(long_label(edge))}"]
        if label:
            attrs.insert(0, f"label={_quote(label)}")
        lines.append(f"  {node_ids[edge.source]} -> {node_ids[edge.target]} [{', '.join(attrs)}];")
    lines.append("  subgraph cluster_legend {")
    lines.append('    label="Legend"; style="rounded"; color="#9aa5b1";')
    for key, category in CATEGORIES.items():
        if any(n.category == key for n in graph.nodes):
            lines.append(f"    legend_{key} [label={_quote(category.name)}, fillcolor={_quote(category.fill)}, "
                         f"color={_quote(category.stroke)}];")
    for kind in EDGE_KINDS:
        if any(e.kind == kind for e in graph.edges):
            lines.append(f'    legend_{kind}_a [label="", shape=point]; legend_{kind}_b [label="", shape=point];')
            colour, dash, width = EDGE_STYLES[kind]
            style = "solid" if not dash else ("dotted" if kind == "dependency" else "dashed")
            lines.append(f"    legend_{kind}_a -> legend_{kind}_b [label={_quote(kind + ': ' + EDGE_MEANINGS[kind])}, "
                         f"color={_quote(colour)}, style={style}, penwidth={width}];")
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def graphviz_available() -> bool:
    """True when Graphviz's ``dot`` is on ``PATH``."""
    return shutil.which("dot") is not None


def render_with_graphviz(dot_text: str, fmt: str) -> bytes:
    """``dot_text`` rendered by Graphviz as ``fmt`` (one of ``RENDERED_FORMATS``).

    Raises:
        GraphvizMissing: when ``dot`` is not on ``PATH``.
        RuntimeError: when ``dot`` fails.
    """
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizMissing(
            f"--format {fmt} is rendered by Graphviz, and its 'dot' command is not on PATH: install Graphviz "
            "(e.g. apt-get install graphviz, brew install graphviz), or use --format svg, html, mermaid or dot "
            "(they need no Graphviz)"
        )
    completed = subprocess.run([executable, f"-T{'svg' if fmt == 'dot-svg' else fmt}"], input=dot_text.encode("utf-8"),
                               capture_output=True, timeout=300, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"Graphviz's dot failed ({completed.returncode}): "
                           f"{completed.stderr.decode('utf-8', 'replace').strip()}")
    return completed.stdout
