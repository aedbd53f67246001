"""The graph model: constructs as nodes with their L1s folded in, groups, and reference / grant / event edges
(also across stacks and nested stacks), from pycdk's assemblies and from aws-cdk-lib's (a committed cdk.out)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from graph_apps import FIXTURES

from pycdk.graph import build_graph
from pycdk.graph.model import AppGraph


def edges(graph: AppGraph, kind: str) -> dict[tuple[str, str], tuple[tuple[str, ...], str]]:
    return {(e.source, e.target): (e.labels, e.via) for e in graph.edges if e.kind == kind}


def types(graph: AppGraph, node_id: str) -> list[str]:
    return sorted(r.type for r in graph.node(node_id).resources)


def test_each_l2_is_one_node_with_its_l1_resources_folded_in(orders):
    graph = build_graph(orders)
    handler = graph.node("Service/Worker/Handler")
    assert (handler.kind, handler.service, handler.category) == ("Function", "Lambda", "compute")
    # the function's role, its default policy and the event source mapping are the function's
    assert types(graph, "Service/Worker/Handler") == [
        "AWS::IAM::Policy", "AWS::IAM::Role", "AWS::Lambda::EventSourceMapping", "AWS::Lambda::Function"]
    # the queue's policy and the topic subscription made for it are the queue's
    assert types(graph, "Service/Worker/Inbox") == ["AWS::SNS::Subscription", "AWS::SQS::Queue", "AWS::SQS::QueuePolicy"]
    assert types(graph, "Service/Every5Minutes") == ["AWS::Events::Rule", "AWS::Lambda::Permission"]
    reader = graph.node("Service/Reader")
    assert (reader.kind, reader.service, reader.category) == ("Role", "IAM", "security")
    # every resource of every template is drawn exactly once, the nested stack's resource as its group
    templates = [json.loads(p.read_text()) for p in sorted(orders.rglob("*.template.json"))]
    expected = sorted(k for t in templates for k, v in t["Resources"].items()
                      if v["Type"] not in ("AWS::CDK::Metadata", "AWS::CloudFormation::Stack"))
    assert sorted(r.logical_id for n in graph.nodes for r in n.resources) == expected


def test_groups_are_stages_stacks_nested_stacks_and_scopes(orders):
    graph = build_graph(orders)
    assert {g.id: (g.kind, g.parent, g.detail) for g in graph.groups.values()} == {
        "Shared": ("stack", "", ""),
        "Service": ("stack", "", ""),
        "Service/Worker": ("scope", "Service", ""),
        "Service/Pipeline": ("scope", "Service", "SqsToLambda"),
        "Service/Retry": ("nested-stack", "Service", ""),
        "Prod": ("stage", "", ""),
        "Prod/Edge": ("stack", "Prod", ""),
    }
    assert graph.node("Service/Retry/RetryQueue").group == "Service/Retry"
    assert graph.node("Prod/Edge/Buffer").group == "Prod/Edge"
    assert [n.id for n in graph.nodes if n.group == "Service/Pipeline"] == [
        "Service/Pipeline/LambdaFunction", "Service/Pipeline/DeadLetterQueue", "Service/Pipeline/Queue"]


def test_grants_say_who_may_do_what_to_whom(orders):
    grants = edges(build_graph(orders), "grant")
    # Queue.grant_send_messages, across stacks: the statement's resource is an imported queue ARN
    assert grants[("Service/Worker/Handler", "Shared/Archive")] == (
        ("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"), "export")
    # the event source's grant_consume_messages
    assert grants[("Service/Worker/Handler", "Service/Worker/Inbox")] == (
        ("sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl",
         "sqs:ReceiveMessage"), "")
    # Bucket.grant_read to a role of its own
    assert grants[("Service/Reader", "Service/Uploads")] == (("s3:GetBucket*", "s3:GetObject*", "s3:List*"), "")
    # a resource policy: the queue policy lets the topic (aws:SourceArn) send
    assert grants[("Shared/Orders", "Service/Worker/Inbox")] == (("sqs:SendMessage",), "export")


def test_event_flows_run_from_source_to_target(orders):
    events = edges(build_graph(orders), "event")
    assert events[("Shared/Orders", "Service/Worker/Inbox")] == (("subscription (sqs)",), "export")
    assert events[("Service/Worker/Inbox", "Service/Worker/Handler")] == (("event source",), "")
    assert events[("Service/Uploads", "Service/Worker/Handler")] == (("invoke (s3.amazonaws.com)", "notification"), "")
    assert events[("Service/Every5Minutes", "Service/Worker/Handler")] == (
        ("invoke (events.amazonaws.com)", "target"), "")
    assert events[("Service/Pipeline/Queue", "Service/Pipeline/DeadLetterQueue")] == (("dead letters",), "")
    # the nested stack's queue names the parent's queue through a stack parameter
    assert events[("Service/Retry/RetryQueue", "Service/Worker/Inbox")] == (("dead letters",), "nested-stack")


def test_a_reference_is_not_drawn_again_where_a_grant_or_event_says_more(orders):
    graph = build_graph(orders)
    pairs = [(e.source, e.target) for e in graph.edges if e.kind == "reference"]
    assert ("Service/Worker/Handler", "Service/Worker/Inbox") not in pairs
    assert len(pairs) == len(set(pairs))
    assert all(e.source != e.target for e in graph.edges)


def test_the_resource_view_has_one_node_per_l1_and_depends_on_edges(orders):
    graph = build_graph(orders, stacks=["Service"], resources=True)
    assert graph.resource_view and graph.title == "Service"
    service = json.loads((orders / "Service.template.json").read_text())["Resources"]
    nested = [json.loads(p.read_text())["Resources"] for p in orders.glob("*.nested.template.json")]
    assert len(graph.nodes) == sum(1 for v in service.values() if v["Type"] != "AWS::CDK::Metadata") + sum(
        len(r) for r in nested)
    assert all(len(n.resources) == 1 for n in graph.nodes)
    depends = {(e.source, e.target) for e in graph.edges if e.kind == "dependency"}
    # the function waits for its role's default policy (aws-cdk-lib's DependsOn)
    assert ("Service/Worker/Handler/Resource", "Service/Worker/Handler/ServiceRole/DefaultPolicy/Resource") in depends
    assert graph.groups["Service/Worker/Handler"].kind == "scope"
    assert graph.node("Service/Worker/Handler/Resource").label == "Handler/Resource"


def test_stack_selection_keeps_the_selected_stacks_and_their_nested_stacks(orders):
    graph = build_graph(orders, stacks=["Serv*"])
    assert {n.id.split("/")[0] for n in graph.nodes} == {"Service"}
    assert "Service/Retry/RetryQueue" in [n.id for n in graph.nodes]
    # the export's other end is not drawn, so neither is the edge
    assert all(not e.target.startswith("Shared/") for e in graph.edges)


def test_aws_cdk_libs_assembly_draws_the_same_constructs_and_edges(tmp_path):
    """The committed cdk.out of ``fixtures/oracle_app.py`` (aws-cdk-lib 2.275.0, no path metadata, nested
    template found through the asset manifest) against pycdk's assembly of the same app."""
    oracle = build_graph(FIXTURES / "oracle_app")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
    try:
        from _rewrite import rewrite_source
    finally:
        sys.path.pop(0)
    source = rewrite_source((FIXTURES / "oracle_app.py").read_text(encoding="utf-8"))
    outdir = tmp_path / "cdk.out"
    import os

    os.environ["CDK_OUTDIR"] = str(outdir)
    try:
        exec(compile(source, "oracle_app.py", "exec"), {"__name__": "__oracle_app__"})
    finally:
        del os.environ["CDK_OUTDIR"]
    ours = build_graph(outdir)

    def comparable(graph: AppGraph) -> tuple[list[tuple[str, str, list[str]]], set[tuple[str, str, str, tuple[str, ...], str]]]:
        # aws-cdk-lib's tree names the notifications handler's class Construct (it is not exported): leave it out
        keep = [n for n in graph.nodes if "BucketNotificationsHandler" not in n.id]
        ids = {n.id for n in keep}
        return ([(n.id, n.kind, sorted(r.logical_id for r in n.resources)) for n in keep],
                {(e.source, e.target, e.kind, e.labels, e.via) for e in graph.edges if e.source in ids and e.target in ids})

    assert comparable(oracle) == comparable(ours)
    assert oracle.groups["Service/Retry"].kind == "nested-stack"
    assert ("Service/Retry/RetryQueue", "Service/Worker/Inbox") in edges(oracle, "event")


def test_a_tree_split_into_forest_files_reads_as_one(tmp_path):
    """aws-cdk-lib writes subtrees of very large apps to ``trees-<n>.json`` and leaves a reference in place."""
    assembly = tmp_path / "cdk.out"
    shutil.copytree(FIXTURES / "oracle_app", assembly)
    tree = json.loads((assembly / "tree.json").read_text())
    service = tree["tree"]["children"]["Service"]
    tree["tree"]["children"]["Service"] = {"id": "Service", "path": "Service", "fileName": "trees-1.json",
                                           "treeId": "t1"}
    (assembly / "tree.json").write_text(json.dumps(tree))
    (assembly / "trees-1.json").write_text(json.dumps({"version": "forest-0.1", "forest": {"t1": service}}))
    split, whole = build_graph(assembly), build_graph(FIXTURES / "oracle_app")
    assert [(n.id, n.kind) for n in split.nodes] == [(n.id, n.kind) for n in whole.nodes]
    assert split.edges == whole.edges


def test_without_a_tree_path_metadata_places_the_resources(tmp_path, orders):
    """A cdk.out without tree.json: ``aws:cdk:path`` metadata gives the paths, an L1 folds into its parent."""
    assembly = tmp_path / "cdk.out"
    shutil.copytree(orders, assembly)
    (assembly / "tree.json").unlink()
    template = json.loads((assembly / "Shared.template.json").read_text())
    for logical_id, resource in template["Resources"].items():
        path = {"Orders": "Shared/Orders/Resource", "Archive": "Shared/Archive/Resource"}.get(logical_id[:-8])
        if path:
            resource["Metadata"] = {"aws:cdk:path": path}
    (assembly / "Shared.template.json").write_text(json.dumps(template))
    graph = build_graph(assembly, stacks=["Shared"])
    assert sorted((n.id, n.kind, n.service) for n in graph.nodes) == [
        ("Shared/Archive", "Queue", "SQS"), ("Shared/Orders", "Topic", "SNS")]
