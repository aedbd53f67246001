"""``pycdk graph``: DOT and SVG/HTML pictures with resources grouped by construct path and reference edges."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from _cli_support import write_app

APP = """
from constructs import App, Construct, Stack
from l1 import iam, s3, sqs

app = App()
stack = Stack(app, "Svc")
service = Construct(stack, "Service")
queue = sqs.CfnQueue(service, "Queue")
worker = Construct(service, "Worker")
role = iam.CfnRole(worker, "Role", assume_role_policy_document={}, policies=[
    iam.CfnRole.PolicyProperty(policy_name="p", policy_document={"Statement": [{"Resource": queue.attr_arn}]})])
bucket = s3.CfnBucket(stack, "Bucket", bucket_name=queue.attr_queue_name)
bucket.add_dependency(role)
app.synth()
"""

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def graphed(tmp_path, pycdk):
    app = write_app(tmp_path / "app", APP)
    result = pycdk("graph", cwd=app)
    assert result.returncode == 0, result
    return app, result


def logical_ids(app_dir):
    import json

    resources = json.loads((app_dir / "cdk.out" / "Svc.template.json").read_text())["Resources"]
    # the CLI's synth adds CDKMetadata (version reporting on, as the CDK CLI does); the graph does not draw it
    return [k for k, v in resources.items() if v["Type"] != "AWS::CDK::Metadata"]


def test_graph_writes_dot_and_svg_and_names_them(graphed):
    app, result = graphed
    assert result.stdout.splitlines() == ["graph/Svc.dot", "graph/Svc.svg"]
    assert "Svc: 3 resources, 3 references" in result.stderr


def test_the_dot_file_nests_clusters_by_construct_path_and_labels_edges(graphed):
    app, _ = graphed
    queue, role, bucket = logical_ids(app)
    dot = (app / "graph" / "Svc.dot").read_text()
    assert dot.startswith('digraph "Svc" {\n')
    assert 'subgraph "cluster_Service" {' in dot
    assert 'subgraph "cluster_Service/Worker" {' in dot
    assert dot.index('subgraph "cluster_Service/Worker"') < dot.index(f'"{role}" [label="{role}\\nAWS::IAM::Role"];')
    assert f'"{role}" -> "{queue}" [label="GetAtt", color="#2ca02c", style=solid];' in dot
    assert f'"{bucket}" -> "{queue}" [label="GetAtt", color="#2ca02c", style=solid];' in dot
    assert f'"{bucket}" -> "{role}" [label="DependsOn", color="#7f7f7f", style=dashed];' in dot


def test_the_svg_is_well_formed_with_a_node_per_resource_and_a_path_per_reference(graphed):
    app, _ = graphed
    root = ET.parse(app / "graph" / "Svc.svg").getroot()
    assert root.tag == f"{SVG}svg"
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert sorted(g.get("id") for g in nodes) == sorted(f"node-{i}" for i in logical_ids(app))
    assert sorted(g.find(f"{SVG}title").text for g in nodes) == [
        "Svc/Bucket", "Svc/Service/Queue", "Svc/Service/Worker/Role"
    ]
    groups = [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g") if g.get("class") == "group"]
    assert groups == ["Service", "Service/Worker"]
    edges = [p.get("class") for p in root.iter(f"{SVG}path") if (p.get("class") or "").startswith("edge")]
    assert sorted(edges) == ["edge DependsOn", "edge GetAtt", "edge GetAtt"]


def test_the_used_resource_is_drawn_left_of_its_user(graphed):
    app, _ = graphed
    root = ET.parse(app / "graph" / "Svc.svg").getroot()
    x = {g.get("id"): float(g.find(f"{SVG}rect").get("x")) for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    queue, role, bucket = logical_ids(app)
    assert x[f"node-{queue}"] < x[f"node-{bucket}"]
    assert x[f"node-{role}"] < x[f"node-{bucket}"]


def test_html_format_embeds_the_svg_and_tables(tmp_path, pycdk):
    app = write_app(tmp_path / "app", APP)
    result = pycdk("graph", "--format", "html", "--graph-dir", "pictures", cwd=app)
    assert result.returncode == 0, result
    page = (app / "pictures" / "Svc.html").read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg xmlns=" in page and "<h2>Resources (3)</h2>" in page and "<h2>References (3)</h2>" in page
    assert "<td>Svc/Service/Worker/Role</td>" in page
    assert "http" not in page.replace("http://www.w3.org/2000/svg", "")
