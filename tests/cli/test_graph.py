"""``pycdk graph``: the app-wide picture in each format, stack selection, ``--resources``, and Graphviz formats
when Graphviz is not installed. (The graph model and renderers are tested in ``tests/graph``.)"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from _cli_support import PYCDK, STAGED, clean_environment, write_app

APP = """
from constructs import App, Construct, Stack
from l1 import iam, s3, sqs

app = App()
stack = Stack(app, "Svc")
service = Construct(stack, "Service")
queue = sqs.CfnQueue(service, "Queue")
worker = Construct(service, "Worker")
role = iam.CfnRole(worker, "Role", assume_role_policy_document={}, policies=[
    iam.CfnRole.PolicyProperty(policy_name="p", policy_document={"Statement": [
        {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue.attr_arn}]})])
bucket = s3.CfnBucket(stack, "Bucket", bucket_name=queue.attr_queue_name)
bucket.add_dependency(role)
app.synth()
"""
"""Three L1s in nested scopes: the role may send to the queue (an inline policy), the bucket uses the queue's
name and depends on the role."""

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app above, synthesized once by ``pycdk synth`` (the tests draw its ``cdk.out``)."""
    app = write_app(tmp_path_factory.mktemp("graph") / "app", APP)
    completed = subprocess.run([str(PYCDK), "synth", "-q"], cwd=app, env=clean_environment(), capture_output=True,
                               text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    return app


def test_the_default_is_one_svg_of_the_whole_app(project, pycdk):
    result = pycdk("graph", cwd=project)
    assert result.returncode == 0, result
    assert result.stdout.splitlines() == ["graph/app.svg"]
    assert "Svc: 3 constructs (3 resources), 2 edges" in result.stderr
    root = ET.parse(project / "graph" / "app.svg").getroot()
    titles = sorted(g.find(f"{SVG}title").text.splitlines()[0] for g in root.iter(f"{SVG}g") if g.get("class") == "node")
    assert titles == ["Svc/Bucket", "Svc/Service/Queue", "Svc/Service/Worker/Role"]
    groups = [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g") if (g.get("class") or "").startswith("group")]
    assert groups == ["Svc", "Svc/Service", "Svc/Service/Worker"]
    edges = sorted(p.get("class") for p in root.iter(f"{SVG}path") if (p.get("class") or "").startswith("edge"))
    assert edges == ["edge grant", "edge reference"]


def test_mermaid_to_standard_output_from_an_assembly_directory(project, pycdk):
    result = pycdk("graph", "--app", "cdk.out", "--format", "mermaid", "--out", "-", cwd=project)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "flowchart LR"
    assert '  subgraph g0["Stack Svc"]' in lines
    assert any(line.strip().endswith('-.->|"sqs:SendMessage"| n0') for line in lines), lines


def test_the_resource_view_as_dot_draws_depends_on(project, pycdk):
    result = pycdk("graph", "--app", "cdk.out", "--resources", "--format", "dot", "--out", "pictures/r.dot",
                   cwd=project)
    assert result.returncode == 0, result
    assert result.stdout.splitlines() == ["pictures/r.dot"]
    dot = (project / "pictures" / "r.dot").read_text(encoding="utf-8")
    assert dot.startswith('digraph "Svc" {')
    assert 'style=dotted' in dot and 'tooltip="dependency: DependsOn"' in dot


def test_a_graphviz_format_without_graphviz_is_one_clear_error(project, pycdk, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = pycdk("graph", "--app", "cdk.out", "--format", "png", cwd=project, env={"PATH": str(empty)})
    assert result.returncode == 2, result
    assert "--format png is rendered by Graphviz, and its 'dot' command is not on PATH" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "graph" / "app.png").exists()


def test_stack_selection_draws_only_those_stacks(tmp_path, pycdk):
    app = write_app(tmp_path / "staged", STAGED)
    result = pycdk("graph", "Prod/*", "Other", "--format", "mermaid", "--out", "-", cwd=app)
    assert result.returncode == 0, result
    assert '["Stack Other"]' in result.stdout and '["Stage Prod"]' in result.stdout
    assert "Stack Base" not in result.stdout


def test_a_file_pycdk_did_not_write_is_never_overwritten(project, pycdk, tmp_path):
    assembly = str(project / "cdk.out")
    mine = tmp_path / "graph" / "app.svg"
    mine.parent.mkdir()
    mine.write_text("<svg>my own drawing</svg>")
    result = pycdk("graph", "--app", assembly, cwd=tmp_path)
    assert result.returncode == 1, result
    assert f"{Path('graph') / 'app.svg'} exists and was not written by pycdk graph" in result.stderr
    assert "Traceback" not in result.stderr
    assert mine.read_text() == "<svg>my own drawing</svg>"
    # the same for a file named with --out
    notes = tmp_path / "notes.mmd"
    notes.write_text("flowchart LR\n  mine")
    result = pycdk("graph", "--app", assembly, "--format", "mermaid", "--out", "notes.mmd", cwd=tmp_path)
    assert result.returncode == 1 and "notes.mmd exists and was not written by pycdk graph" in result.stderr
    assert notes.read_text() == "flowchart LR\n  mine"


def test_pycdk_replaces_its_own_picture_but_not_once_it_was_edited(project, pycdk, tmp_path):
    import hashlib
    import json

    assembly = str(project / "cdk.out")
    first = pycdk("graph", "--app", assembly, "--format", "mermaid", cwd=tmp_path)
    assert first.returncode == 0, first
    picture = tmp_path / "graph" / "app.mmd"
    record = json.loads((tmp_path / "graph" / ".pycdk-graph.json").read_text())
    assert record == {"generator": "pycdk graph",
                      "files": {"app.mmd": hashlib.sha256(picture.read_bytes()).hexdigest()}}
    again = pycdk("graph", "--app", assembly, "--format", "mermaid", cwd=tmp_path)
    assert again.returncode == 0, again
    picture.write_text(picture.read_text() + "  %% my note\n")
    edited = pycdk("graph", "--app", assembly, "--format", "mermaid", cwd=tmp_path)
    assert edited.returncode == 1 and "was written by pycdk graph but has been changed since" in edited.stderr
    assert picture.read_text().endswith("  %% my note\n")
    # a record pycdk did not write is not trusted either
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / ".pycdk-graph.json").write_text('{"files": {"app.svg": "0"}}')
    (tmp_path / "other" / "app.svg").write_text("<svg/>")
    foreign = pycdk("graph", "--app", assembly, "--graph-dir", "other", cwd=tmp_path)
    assert foreign.returncode == 1 and "is not the record pycdk graph keeps" in foreign.stderr
    assert (tmp_path / "other" / "app.svg").read_text() == "<svg/>"
