"""An ``AppGraph`` as one self-contained HTML page: the SVG picture, then every construct with its L1 resources
folded in a ``<details>`` element (a click on a box in the picture opens it), then the edges."""

from __future__ import annotations

import html as _html

from .labels import group_title, long_label, node_subtitle
from .model import AppGraph
from .svg import to_svg

_STYLE = (
    "body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#102a43}"
    ".picture{overflow:auto;border:1px solid #d9e2ec}"
    "details{margin:4px 0}summary{cursor:pointer}details:target>summary{background:#fff3c4}"
    "table{border-collapse:collapse;margin:6px 0 10px 18px}"
    "td,th{border:1px solid #d9e2ec;padding:3px 8px;text-align:left;font-size:13px}th{background:#f0f4f8}"
    ".muted{color:#627d98}"
)

_SCRIPT = (
    "function openTarget(){var id=location.hash.slice(1);var e=id&&document.getElementById(id);"
    "if(e&&e.tagName==='DETAILS'){e.open=true;}}"
    "window.addEventListener('hashchange',openTarget);openTarget();"
)


def _esc(text: str) -> str:
    return _html.escape(text, quote=True)


def to_html(graph: AppGraph) -> str:
    """The HTML page of ``graph`` (no external references)."""
    index = {node.id: i for i, node in enumerate(graph.nodes)}
    sections: list[str] = []
    for i, node in enumerate(graph.nodes):
        where = " / ".join(group_title(g) for g in graph.group_chain(node.group))
        rows = "\n".join(
            f"<tr><td>{_esc(r.logical_id)}</td><td>{_esc(r.type)}</td><td>{_esc(r.stack)}</td>"
            f"<td>{_esc(r.path or '')}</td></tr>" for r in node.resources
        )
        sections.append(
            f'<details id="c{i}"><summary><b>{_esc(node.label)}</b> — {_esc(node_subtitle(node))} '
            f'<span class="muted">({_esc(where or "app")})</span></summary>\n'
            f"<table><tr><th>Logical id</th><th>Type</th><th>Stack</th><th>Construct path</th></tr>\n{rows}\n"
            f"</table></details>"
        )
    edges = "\n".join(
        f'<tr><td><a href="#c{index[e.source]}">{_esc(e.source)}</a></td><td>{_esc(e.kind)}</td>'
        f'<td><a href="#c{index[e.target]}">{_esc(e.target)}</a></td><td>{_esc(long_label(e))}</td></tr>'
        for e in graph.edges
    )
    kind = "Resources" if graph.resource_view else "Constructs"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_esc(graph.title)} - pycdk graph</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{_esc(graph.title)}</h1>\n<div class=\"picture\">\n{to_svg(graph, links=True)}</div>\n"
        f"<h2>{kind} ({len(graph.nodes)})</h2>\n<p class=\"muted\">Open a construct (or click its box) to see "
        f"the L1 resources folded into it.</p>\n" + "\n".join(sections) + "\n"
        f"<h2>Edges ({len(graph.edges)})</h2>\n<table>\n<tr><th>From</th><th>Kind</th><th>To</th><th>Detail</th></tr>\n"
        f"{edges}\n</table>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
