"""Architecture diagrams of a CDK app (``pycdk graph``).

``build_graph(cdk_out)`` reads a cloud assembly (pycdk's or aws-cdk-lib's) into an ``AppGraph``: one node per
L2/L3 construct with its L1 resources folded in, grouped by stage, stack and construct scope, with edges for
references (also across stacks and nested stacks), IAM grants and event flows. ``render(graph, fmt)`` turns
it into Mermaid, DOT, a self-contained SVG or HTML page (no Graphviz needed), or a Graphviz-rendered PNG/PDF.
"""

from __future__ import annotations

from .build import build_graph
from .dot import RENDERED_FORMATS, GraphvizMissing, graphviz_available, render_with_graphviz, to_dot
from .html import to_html
from .mermaid import to_mermaid
from .model import EDGE_KINDS, AppGraph, Edge, Group, Node, Resource
from .svg import to_svg

TEXT_FORMATS = ("svg", "html", "mermaid", "dot")
"""Formats written without Graphviz."""

FORMATS = (*TEXT_FORMATS, *RENDERED_FORMATS)
"""Every format ``render`` knows."""

EXTENSIONS = {"svg": "svg", "html": "html", "mermaid": "mmd", "dot": "dot", "png": "png", "pdf": "pdf",
              "dot-svg": "svg"}
"""The file extension of each format."""


def render(graph: AppGraph, fmt: str) -> bytes:
    """``graph`` in format ``fmt`` (one of ``FORMATS``) as bytes (UTF-8 for the text formats).

    Raises:
        ValueError: for an unknown format.
        GraphvizMissing: for a Graphviz format when ``dot`` is not installed.
    """
    if fmt == "svg":
        return to_svg(graph).encode("utf-8")
    if fmt == "html":
        return to_html(graph).encode("utf-8")
    if fmt == "mermaid":
        return to_mermaid(graph).encode("utf-8")
    if fmt == "dot":
        return to_dot(graph).encode("utf-8")
    if fmt in RENDERED_FORMATS:
        return render_with_graphviz(to_dot(graph), fmt)
    raise ValueError(f"unknown graph format {fmt!r} (formats: {', '.join(FORMATS)})")


__all__ = [
    "EDGE_KINDS", "EXTENSIONS", "FORMATS", "RENDERED_FORMATS", "TEXT_FORMATS", "AppGraph", "Edge", "GraphvizMissing",
    "Group", "Node", "Resource", "build_graph", "graphviz_available", "render", "to_dot", "to_html", "to_mermaid",
    "to_svg",
]
