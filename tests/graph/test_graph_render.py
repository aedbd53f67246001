"""The renderers: SVG inside its canvas with no overlapping boxes (also at 200 resources), byte-identical output
run after run, a legend, Mermaid / DOT / HTML structure, Graphviz rendering or its clear absence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from graph_apps import orders_app

from pycdk.graph import (
    FORMATS,
    TEXT_FORMATS,
    AppGraph,
    Edge,
    GraphvizMissing,
    Group,
    Node,
    Resource,
    build_graph,
    graphviz_available,
    render,
    to_dot,
    to_html,
    to_mermaid,
    to_svg,
)
from pycdk.graph.labels import access_level, short_label
from pycdk.graph.services import service_of

SVG = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def canvas(root: ET.Element) -> tuple[float, float]:
    x, y, w, h = (float(v) for v in root.get("viewBox", "").split())
    assert (x, y) == (0, 0) and (w, h) == (float(root.get("width")), float(root.get("height")))
    return w, h


def points(element: ET.Element) -> list[tuple[float, float]]:
    """Every coordinate an element puts on the canvas (a path's control points included)."""
    tag = element.tag.removeprefix(SVG)
    get = lambda name: float(element.get(name, "0"))  # noqa: E731
    if tag == "rect" and element.get("width", "").endswith("%"):
        return []
    if tag == "rect":
        return [(get("x"), get("y")), (get("x") + get("width"), get("y") + get("height"))]
    if tag == "line":
        return [(get("x1"), get("y1")), (get("x2"), get("y2"))]
    if tag == "text":
        return [(get("x"), get("y"))]
    if tag == "path" and element.get("class", "").startswith("edge"):
        numbers = [float(n) for n in _NUMBER.findall(element.get("d", ""))]
        return list(zip(numbers[::2], numbers[1::2], strict=True))
    return []


def node_rects(root: ET.Element) -> dict[str, tuple[float, float, float, float]]:
    found = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == "node":
            r = g.find(f"{SVG}rect")
            found[g.find(f"{SVG}title").text.splitlines()[0]] = tuple(
                float(r.get(k)) for k in ("x", "y", "width", "height"))
    return found


def overlapping(rects: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    ordered = sorted(range(len(rects)), key=lambda i: rects[i][0])
    clashes = []
    for a_pos, a in enumerate(ordered):
        ax, ay, aw, ah = rects[a]
        for b in ordered[a_pos + 1:]:
            bx, by, bw, bh = rects[b]
            if bx >= ax + aw:
                break
            if ay < by + bh and by < ay + ah:
                clashes.append((a, b))
    return clashes


@pytest.fixture(scope="module")
def graphs(orders, big) -> dict[str, AppGraph]:
    return {"orders": build_graph(orders), "orders-resources": build_graph(orders, resources=True),
            "big": build_graph(big), "big-resources": build_graph(big, resources=True)}


@pytest.mark.parametrize("name", ["orders", "orders-resources", "big", "big-resources"])
def test_every_shape_and_edge_is_inside_the_canvas_and_no_boxes_overlap(graphs, name):
    graph = graphs[name]
    root = ET.fromstring(to_svg(graph))
    width, height = canvas(root)
    outside = [(e.tag, p) for e in root.iter() for p in points(e)
               if not (0 <= p[0] <= width and 0 <= p[1] <= height)]
    assert outside == []
    rects = node_rects(root)
    assert sorted(rects) == sorted(n.id for n in graph.nodes)
    assert overlapping(list(rects.values())) == []
    # each node box lies inside the box of every group it belongs to
    groups = {g.find(f"{SVG}title").text: g.find(f"{SVG}rect") for g in root.iter(f"{SVG}g")
              if (g.get("class") or "").startswith("group")}
    for node in graph.nodes:
        x, y, w, h = rects[node.id]
        for group in graph.group_chain(node.group):
            r = groups[group.id]
            gx, gy, gw, gh = (float(r.get(k)) for k in ("x", "y", "width", "height"))
            assert gx <= x and gy <= y and x + w <= gx + gw and y + h <= gy + gh, (node.id, group.id)
    assert len([p for p in root.iter(f"{SVG}path") if (p.get("class") or "").startswith("edge")]) == len(graph.edges)


def test_200_resources_are_100_readable_boxes(graphs):
    graph = graphs["big"]
    assert sum(len(n.resources) for n in graph.nodes) == 200 and len(graph.nodes) == 100
    root = ET.fromstring(to_svg(graph))
    width, height = canvas(root)
    assert width / height < 3 and height / width < 3  # a grid, not a line
    assert len(graphs["big-resources"].nodes) == 200


def test_output_is_byte_identical_run_after_run(tmp_path, orders):
    again = orders_app(tmp_path / "again")
    first, second = build_graph(orders), build_graph(again)
    for fmt in TEXT_FORMATS:
        assert render(first, fmt) == render(second, fmt), fmt
        assert render(first, fmt) == render(build_graph(orders), fmt), fmt


def test_the_svg_legend_names_the_categories_and_edge_kinds_drawn(graphs):
    root = ET.fromstring(to_svg(graphs["orders"]))
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    texts = [t.text for t in legend.iter(f"{SVG}text")]
    assert texts[0] == "Legend"
    assert {"Compute", "Storage", "Application integration", "Security & identity"} <= set(texts)
    assert any(t.startswith("grant: ") for t in texts) and any(t.startswith("event: ") for t in texts)
    assert any("crosses stacks" in t for t in texts)


def test_mermaid_declares_each_node_once_inside_balanced_subgraphs(graphs):
    graph = graphs["orders"]
    text = to_mermaid(graph)
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert sum(1 for line in lines if line.strip().startswith("subgraph ")) == len(graph.groups) + 1  # + legend
    assert sum(1 for line in lines if line.strip() == "end") == len(graph.groups) + 1
    for index in range(len(graph.nodes)):
        assert sum(1 for line in lines if re.match(rf"\s*n{index}\[", line)) == 1
    arrows = [line for line in lines if re.match(r"\s*n\d+ (-->|-\.->|==>)", line)]
    assert len(arrows) == len(graph.edges)
    assert "classDef compute fill:" in text


def tiny_graph() -> AppGraph:
    graph = AppGraph('My "app" <v2>')
    graph.groups["S"] = Group("S", "S", "stack", "")
    graph.nodes = [Node("S/A", 'A "quoted" | <b>', "Queue", "SQS", "integration", "S",
                        [Resource("S", "A1", "AWS::SQS::Queue", "S/A/Resource")]),
                   Node("S/B", "B", "Function", "Lambda", "compute", "S",
                        [Resource("S", "B1", "AWS::Lambda::Function", None)])]
    graph.edges = [Edge("S/B", "S/A", "grant", ("sqs:SendMessage",))]
    return graph


def test_labels_are_escaped_in_every_text_format():
    graph = tiny_graph()
    mermaid = to_mermaid(graph)
    assert 'n0["<b>A #quot;quoted#quot; #124; #lt;b#gt;</b><br/>SQS · Queue"]:::integration' in mermaid
    assert 'digraph "My \\"app\\" <v2>" {' in to_dot(graph)
    ET.fromstring(to_svg(graph))  # well-formed XML
    assert "A &quot;quoted&quot; | &lt;b&gt;" in to_html(graph)


def test_dot_has_a_cluster_per_group_and_a_legend(graphs):
    graph = graphs["orders"]
    dot = to_dot(graph)
    assert dot.count("subgraph cluster_") == len(graph.groups) + 1
    assert dot.count("{") == dot.count("}")
    assert len(re.findall(r"^  n\d+ -> n\d+ ", dot, re.M)) == len(graph.edges)


def test_graphviz_formats_render_when_dot_is_installed_and_say_so_when_not():
    graph = tiny_graph()
    if graphviz_available():
        assert render(graph, "png").startswith(b"\x89PNG")
        assert render(graph, "pdf").startswith(b"%PDF")
    else:
        with pytest.raises(GraphvizMissing, match="'dot' command is not on PATH"):
            render(graph, "png")
    assert set(FORMATS) == {"svg", "html", "mermaid", "dot", "png", "pdf", "dot-svg"}


def test_the_html_page_folds_each_constructs_resources_into_details(graphs):
    graph = graphs["orders"]
    page = to_html(graph)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<details id=") == len(graph.nodes)
    index = [n.id for n in graph.nodes].index("Service/Worker/Handler")
    details = page[page.index(f'<details id="c{index}">'):]
    details = details[: details.index("</details>")]
    assert details.count("<tr><td>") == 4 and "AWS::Lambda::EventSourceMapping" in details
    assert f'<a href="#c{index}">' in page  # the box in the picture opens it
    assert "http" not in page.replace("http://www.w3.org/2000/svg", "")


def test_service_labels_categories_and_grant_summaries():
    assert service_of("AWS::Lambda::Function") == ("Lambda", "compute")
    assert service_of("AWS::EC2::Instance") == ("EC2", "compute")
    assert service_of("AWS::EC2::VPC") == ("EC2", "networking")
    assert service_of("Custom::S3BucketNotifications") == ("Custom", "other")
    assert service_of("AWS::NewService::Thing") == ("NewService", "other")
    assert access_level(["s3:GetObject*", "s3:List*"]) == "read"
    assert access_level(["sqs:SendMessage", "sqs:GetQueueUrl"]) == "read/write"
    assert access_level(["dynamodb:*"]) == "full"
    edge = Edge("a", "b", "grant", ("s3:GetObject*", "s3:List*", "sqs:SendMessage"), "export")
    assert short_label(edge) == "s3 read, sqs write · export"


def test_an_app_without_resources_still_renders_in_every_text_format():
    graph = AppGraph("empty")
    root = ET.fromstring(to_svg(graph))
    assert canvas(root)[0] > 0
    assert to_mermaid(graph).startswith("flowchart LR\n")
    assert to_dot(graph).count("{") == to_dot(graph).count("}")
    assert "<h2>Constructs (0)</h2>" in to_html(graph)
