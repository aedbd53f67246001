"""The dependency-cycle check (F3004): the finder on random graphs, the edges read from templates, the construct
paths reported, the switch and acknowledgements."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import constructs as cdk
from constructs._errors import SynthesisError
from constructs._private.validation.cycles import _scan, find_cycles, scan_resources


@st.composite
def dags(draw: st.DrawFn) -> tuple[int, dict[str, list[str]]]:
    """A random DAG over R0..Rn-1: edges only go from a higher to a lower index."""
    n = draw(st.integers(min_value=2, max_value=25))
    edges: dict[str, list[str]] = {}
    for i in range(n):
        targets = draw(st.lists(st.integers(min_value=0, max_value=i - 1), unique=True, max_size=4)) if i else []
        if targets:
            edges[f"R{i}"] = [f"R{t}" for t in targets]
    return n, edges


def _reachable(edges: dict[str, list[str]], start: str) -> dict[str, str]:
    """Every node reachable from ``start``, each with the node it was first reached from."""
    seen: dict[str, str] = {}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen[nxt] = node
                todo.append(nxt)
    return seen


def _is_cycle(path: list[str], edges: dict[str, list[str]]) -> bool:
    return path[0] == path[-1] and all(b in edges.get(a, ()) for a, b in zip(path, path[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(dags())
def test_a_dag_has_no_cycle(graph: tuple[int, dict[str, list[str]]]) -> None:
    assert find_cycles(graph[1]) == []


@settings(max_examples=200, deadline=None)
@given(dags(), st.data())
def test_a_back_edge_makes_exactly_the_cycles_through_it(
    graph: tuple[int, dict[str, list[str]]], data: st.DataObject
) -> None:
    n, edges = graph
    sources = [s for s in edges if _reachable(edges, s)]
    if not sources:
        return
    src = data.draw(st.sampled_from(sorted(sources)))
    dst = data.draw(st.sampled_from(sorted(_reachable(edges, src))))
    # dst is reachable from src; the edge dst -> src closes the cycles src -> ... -> dst -> src
    edges = {k: list(v) for k, v in edges.items()}
    edges.setdefault(dst, []).append(src)
    on_cycle = {node for node in [f"R{i}" for i in range(n)] if node in _reachable(edges, node)}
    # the nodes on a cycle: those on a path src -> ... -> dst (in the DAG), src and dst included
    expected = set(on_cycle)
    assert expected == {src, dst} | {x for x in _reachable(edges, src) if src in _reachable(edges, x)}
    cycles = find_cycles(edges, [f"R{i}" for i in range(n)])
    assert [c[0] for c in cycles] == [f"R{i}" for i in range(n) if f"R{i}" in expected]
    for cycle in cycles:
        assert _is_cycle(cycle, edges)
        assert (dst, src) in set(zip(cycle, cycle[1:], strict=False)), "every cycle uses the back edge"
        assert len(set(cycle[:-1])) == len(cycle) - 1
    # the cycle found from src is a shortest one: one back edge plus a shortest path src -> dst
    shortest = _shortest(edges, src, dst)
    assert len(cycles[[c[0] for c in cycles].index(src)]) == shortest + 2


def _shortest(edges: dict[str, list[str]], a: str, b: str) -> int:
    frontier, seen, steps = [a], {a}, 0
    while frontier:
        if b in frontier:
            return steps
        nxt = [y for x in frontier for y in edges.get(x, ()) if y not in seen]
        seen.update(nxt)
        frontier, steps = nxt, steps + 1
    raise AssertionError


def test_self_reference_is_a_cycle() -> None:
    edges, _ = scan_resources({"A": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Ref": "A"}}}})
    assert find_cycles(edges) == [["A", "A"]]


def test_edges_come_from_ref_getatt_sub_and_depends_on_only() -> None:
    resources: dict[str, Any] = {
        "A": {"Type": "T", "Properties": {"P": [{"Ref": "B"}, {"Fn::GetAtt": "C.Arn"}]}, "DependsOn": "D"},
        "B": {"Type": "T", "Properties": {"P": {"Fn::Sub": ["${C.Arn}/${X}/${!D}/${AWS::Region}", {"X": {"Ref": "D"}}]}}},
        "C": {"Type": "T", "Properties": {"P": {"Fn::GetAtt": ["D", "Arn"]}, "Q": {"Ref": "AWS::StackName"}},
              "Condition": "A"},
        "D": {"Type": "T", "Properties": {"P": {"Ref": "Param"}, "Q": "{{resolve:ssm-secure:/x:1}}"}},
    }
    edges, secure = scan_resources(resources)
    assert edges == {"A": ["B", "C", "D"], "B": ["C", "D"], "C": ["D"]}
    assert secure == ["D"]


def test_the_scan_lists_the_resources_of_a_type_as_a_look_at_each_body_does() -> None:
    resources: dict[str, Any] = {
        "A": {"Type": "AWS::Lambda::EventSourceMapping"}, "B": {"Type": "AWS::SQS::Queue"}, "C": "not a body",
        "D": {"Properties": {"Type": "AWS::Lambda::EventSourceMapping"}}, "E": {"Type": "AWS::Lambda::EventSourceMapping"},
    }
    found: list[str] = []
    scan_resources(resources, of_type=("AWS::Lambda::EventSourceMapping", found))
    assert found == [lid for lid, body in resources.items()
                     if type(body) is dict and body.get("Type") == "AWS::Lambda::EventSourceMapping"] == ["A", "E"]


SECURE = "{{resolve:ssm-secure:/x:1}}"


@pytest.mark.parametrize("member", [
    {"Ref": "B"}, {"Ref": 3}, {"Fn::GetAtt": ["B", "Arn"]}, {"Fn::GetAtt": ["B", SECURE]}, {"Fn::GetAtt": ["B"]},
    {"Fn::GetAtt": ["B", "Arn", SECURE]}, {"Fn::GetAtt": ["B", {"Ref": "C"}]}, {"Fn::GetAtt": "B.Arn"},
    {"Fn::GetAtt": [3, "Arn"]}, {"Other": {"Ref": "B"}}, {"Ref": "B", "Other": SECURE},
    {"Fn::Join": ["", [{"Ref": "B"}, SECURE, {"Fn::GetAtt": ["C", "Arn"]}]]}, {"Status": SECURE}, {"Status": "x"},
    {"Other": [{"Ref": "B"}, [SECURE]]}, {"Other": 3}, {"Fn::Sub": "${B}"}, {"Fn::Sub": ["${B}${C}", {"B": SECURE}]},
    {"Fn::Sub": [SECURE, {"C": {"Ref": "D"}}]}, {"Ref": ["B", SECURE]},
])
def test_a_member_read_in_its_containers_loop_reads_as_the_general_scan(member: dict[str, Any]) -> None:
    # a Ref or a [resource, attribute] GetAtt inside a list or dict is taken by the container's loop, not one call down
    inline: tuple[list[str], list[str]] = ([], [])
    _scan([member], *inline)
    _scan({"Key": member}, *inline)
    general: tuple[list[str], list[str]] = ([], [])
    _scan(member, *general)
    _scan(member, *general)
    assert inline == general
    if member == {"Fn::GetAtt": ["B", SECURE]}:
        assert inline == (["B", "B"], [SECURE, SECURE])


_LEAVES = st.sampled_from(["B", "B.Arn", "${B}", "${C.Arn}", SECURE, "", 3, None])
_KEYS = st.sampled_from(["Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Other", "Status"])
_TREES = st.recursive(
    _LEAVES, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(_KEYS, kids, min_size=1, max_size=2),
    max_leaves=8,
)


def _outcome(node: Any, times: int, wrap: bool) -> tuple[Any, ...]:
    refs: list[str] = []
    secure: list[str] = []
    try:
        for _ in range(times):
            _scan([node] if wrap else node, refs, secure)
    except (TypeError, AttributeError) as e:  # malformed intrinsics: both readings must fail alike
        return (type(e),)
    return refs, secure


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, _TREES, min_size=1, max_size=1))
def test_any_member_read_in_its_containers_loop_reads_as_the_general_scan(member: dict[str, Any]) -> None:
    # the loop's reading of a one-key member (Ref, GetAtt, Join, a string or list under another key) against
    # the call one down (the general reading of the dict)
    assert _outcome(member, 2, wrap=True) == _outcome(member, 2, wrap=False)


def _cycle_app(tmp_path: Path, **app_props: Any) -> cdk.App:
    app = cdk.App(outdir=str(tmp_path), **app_props)
    parent = cdk.Stack(app, "Parent")
    nested = cdk.NestedStack(parent, "Nested")
    a = cdk.CfnResource(nested, "A", type="AWS::SNS::Topic")
    b = cdk.CfnResource(nested, "B", type="AWS::SNS::Topic", properties={"DisplayName": a.get_att("TopicName")})
    a.add_dependency(b)
    return app


def _warnings(assembly: Any) -> list[tuple[str, str]]:
    """``(construct path, text)`` of each warning in the stacks' metadata files (nested stacks' constructs
    included)."""
    out: list[tuple[str, str]] = []
    for s in assembly.stacks:
        entries = json.loads((Path(assembly.directory) / f"{s.id}.metadata.json").read_text("utf-8"))
        out.extend((path, e["data"]) for path, es in entries.items() for e in es if e["type"] == "aws:cdk:warning")
    return out


def test_a_cycle_in_a_nested_stack_names_its_constructs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    found = _warnings(_cycle_app(tmp_path).synth())
    assert ("/Parent/Nested/A", "Resources/A: Circular Dependencies for resource A. Circular dependency with "
            "[A -> B -> A] (construct paths: Parent/Nested/A -> Parent/Nested/B -> Parent/Nested/A) "
            "[ack: CloudFormation-Validate::F3004]") in found
    assert len([f for f in found if "F3004" in f[1]]) == 2


def test_cdk_validation_false_turns_the_checks_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_VALIDATION", "false")
    assert not [w for w in _warnings(_cycle_app(tmp_path).synth()) if "CloudFormation-Validate" in w[1]]


@pytest.mark.parametrize("value", ["true", "0", "False"])
def test_only_cdk_validation_false_turns_them_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # aws-cdk-lib compares the variable with 'false' exactly
    monkeypatch.setenv("CDK_VALIDATION", value)
    assert [w for w in _warnings(_cycle_app(tmp_path).synth()) if "CloudFormation-Validate" in w[1]]


def test_builtin_validation_false_turns_the_checks_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    app = _cycle_app(tmp_path, builtin_cloud_formation_validation=False)
    assert not [w for w in _warnings(app.synth()) if "CloudFormation-Validate" in w[1]]


def test_acknowledged_rule_is_not_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    app = _cycle_app(tmp_path, context={"@aws-cdk/core:validateAgainstDefaultRules": True})
    cdk.Validations.of(app).acknowledge(cdk.Acknowledgment(id="CloudFormation-Validate::F3004", reason="known"))
    assert not [w for w in _warnings(app.synth()) if "F3004" in w[1]]


def test_errors_flag_fails_synth_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    app = _cycle_app(tmp_path / "out", context={"@aws-cdk/core:validateAgainstDefaultRules": True})
    with pytest.raises(SynthesisError, match=r"(?s)ValidationFailed.*Parent/Nested/A \(A\)"):
        app.synth()
    assert not (tmp_path / "out" / "manifest.json").exists()
