"""Properties of the pipeline graph's sort (what orders CodePipeline stages and run orders), and the action names it
derives. Expected names were computed by aws-cdk-lib 2.275's own ``pipelines/lib/private/identifiers.js`` (run with
Node.js on the same graph)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from constructs import UnscopedValidationError
from l2.pipelines._private.graph import Graph, GraphNode, GraphNodeCollection
from l2.pipelines._private.identifiers import action_name, limit_identifier_length


@st.composite
def _dags(draw: st.DrawFn) -> tuple[int, list[tuple[int, int]], list[int]]:
    n = draw(st.integers(min_value=1, max_value=12))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] > e[1]),
                          max_size=30, unique=True))
    groups = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return n, edges, groups


@settings(max_examples=60, deadline=None)
@given(_dags())
def test_sorted_leaves_put_every_node_after_its_dependencies(dag):
    n, edges, groups = dag
    root = Graph("")
    subgraphs = [Graph(f"G{g}") for g in range(3)]
    root.add(*subgraphs)
    nodes = [GraphNode(f"N{i:02d}") for i in range(n)]
    for node, g in zip(nodes, groups, strict=True):
        subgraphs[g].add(node)
    for later, earlier in edges:  # edges only point backwards: no cycles
        nodes[later].depend_on(nodes[earlier])
    tranches = root.sorted_leaves()
    position = {id(node): i for i, tranche in enumerate(tranches) for node in tranche}
    assert sorted(position) == sorted(id(x) for x in nodes)
    for later, earlier in edges:
        assert position[id(nodes[earlier])] < position[id(nodes[later])]
    for tranche in tranches:  # each tranche ordered by id, as aws-cdk-lib sorts it
        assert [x.id for x in tranche] == sorted(x.id for x in tranche)


def test_a_cycle_is_reported_with_its_path():
    root = Graph("")
    a, b = GraphNode("A"), GraphNode("B")
    root.add(a, b)
    a.depend_on(b)
    b.depend_on(a)
    with pytest.raises(UnscopedValidationError, match="Dependency cycle in graph: A => B => A"):
        root.sorted_leaves()


def test_action_names_join_the_path_below_the_shared_parent():
    root = Graph("")
    stage = Graph("Prod")
    stack = Graph("My Stack!")
    deploy = GraphNode("Deploy")
    root.add(stage)
    stage.add(stack)
    stack.add(deploy)
    assert action_name(deploy, stage) == "My_Stack_.Deploy"
    assert GraphNodeCollection([deploy]).common_ancestor() is stack
    long = GraphNode("x" * 120)
    stack.add(long)
    assert action_name(long, stage) == "My_Stack_." + "x" * 20 + "7b0721b4" + "x" * 20
    deep = Graph("z" * 60)
    stage.add(deep)
    leaf = GraphNode("y" * 60)
    deep.add(leaf)
    assert action_name(leaf, stage) == "z" * 20 + "6e0beb69" + "z" * 20 + "." + "y" * 20 + "6c9550d8" + "y" * 20
    assert limit_identifier_length("a" * 130, 100) == "a" * 46 + "3542e9e3" + "a" * 46
