"""``node.add_dependency`` dispatched as aws-cdk-lib 2.275 does: on ancestors, stacks, nested stacks and stages.

Each case's expected stack dependencies and DependsOn (or error message) were printed by aws-cdk-lib 2.275.0 for
the same app (``/tmp``-run oracle script; errors there read ``CannotDependOnParent: <message>``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, CfnResource, Construct, NestedStack, Stack, Stage


def _r(scope: Construct, id: str) -> CfnResource:
    return CfnResource(scope, id, type="T::T")


def resource_to_parent_construct(app: App) -> None:
    s = Stack(app, "S")
    g = Construct(s, "G")
    r = _r(g, "R")
    _r(g, "R2")
    r.node.add_dependency(g)


def construct_to_grandparent(app: App) -> None:
    s = Stack(app, "S")
    g = Construct(s, "G")
    c = Construct(g, "C")
    _r(c, "R")
    _r(g, "R2")
    c.node.add_dependency(g)


def parent_to_child(app: App) -> None:
    s = Stack(app, "S")
    g = Construct(s, "G")
    _r(g, "R")
    c = Construct(g, "C")
    _r(c, "R2")
    g.node.add_dependency(c)


def stack_in_stack_to_outer_stack(app: App) -> None:
    p = Stack(app, "P")
    s = Stack(p, "Child")
    _r(s, "R")
    _r(p, "R0")
    s.node.add_dependency(p)


def resource_in_stack_in_stack_to_outer_stack(app: App) -> None:
    p = Stack(app, "P")
    s = Stack(p, "Child")
    r = _r(s, "R")
    _r(s, "R1")
    _r(p, "R0")
    r.node.add_dependency(p)


def nested_stack_to_its_parent_construct(app: App) -> None:
    p = Stack(app, "P")
    g = Construct(p, "G")
    n = NestedStack(g, "N")
    _r(n, "R")
    _r(g, "R1")
    n.node.add_dependency(g)


def nested_resource_to_parent_resource_cfn(app: App) -> None:
    p = Stack(app, "P")
    n = NestedStack(p, "N")
    _r(n, "R").add_dependency(_r(p, "R0"))


def nested_resource_to_parent_resource_node(app: App) -> None:
    p = Stack(app, "P")
    n = NestedStack(p, "N")
    _r(n, "R").node.add_dependency(_r(p, "R0"))


def empty_stack_to_construct_in_other_stack(app: App) -> None:
    a = Stack(app, "A")
    b = Stack(app, "B")
    _r(b, "R")
    a.node.add_dependency(Construct(b, "G"))


N = "NNestedStackNNestedStackResource25BF0ED8"
OK_CASES: list[tuple[Callable[[App], None], dict[str, Any]]] = [
    (resource_to_parent_construct,
     {"S": {"deps": ["S.assets"], "res": {"GR22C27F33B": None, "GR3865D1CA": ["GR22C27F33B"]}}}),
    (construct_to_grandparent,
     {"S": {"deps": ["S.assets"], "res": {"GCR5FC1E82F": ["GR22C27F33B"], "GR22C27F33B": None}}}),
    (parent_to_child, {"S": {"deps": ["S.assets"], "res": {"GCR2866BF39D": None, "GR3865D1CA": ["GCR2866BF39D"]}}}),
    (stack_in_stack_to_outer_stack,
     {"P": {"deps": ["P.assets"], "res": {"R0": None}},
      "PChild208AA2F7": {"deps": ["P", "PChild208AA2F7.assets"], "res": {"R": None}}}),
    (resource_in_stack_in_stack_to_outer_stack,
     {"P": {"deps": ["P.assets"], "res": {"R0": None}},
      "PChild208AA2F7": {"deps": ["P", "PChild208AA2F7.assets"], "res": {"R": None, "R1": None}}}),
    (nested_stack_to_its_parent_construct,
     {"P": {"deps": ["P.assets"],
            "res": {"GNNestedStackNNestedStackResource5455156C": ["GR1A8AC0632"], "GR1A8AC0632": None}}}),
    (nested_resource_to_parent_resource_cfn, {"P": {"deps": ["P.assets"], "res": {N: ["R0"], "R0": None}}}),
    (nested_resource_to_parent_resource_node, {"P": {"deps": ["P.assets"], "res": {N: ["R0"], "R0": None}}}),
    (empty_stack_to_construct_in_other_stack,
     {"A": {"deps": ["A.assets", "B"], "res": {}}, "B": {"deps": ["B.assets"], "res": {"R": None}}}),
]


def _summary(app: App) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for st in app.synth().stacks:
        out[st.stack_name] = {
            "deps": sorted(d.id for d in st.dependencies),
            "res": {k: v.get("DependsOn") for k, v in st.template.get("Resources", {}).items()},
        }
    return out


@pytest.mark.parametrize(("build", "expected"), OK_CASES, ids=[c[0].__name__ for c in OK_CASES])
def test_dependency_dispatch_matches_aws_cdk_lib(build: Callable[[App], None], expected: dict[str, Any]) -> None:
    app = App()
    build(app)
    assert _summary(app) == expected


def resource_to_its_stack(app: App) -> None:
    s = Stack(app, "S")
    _r(Construct(s, "G"), "R").node.add_dependency(s)


def nested_to_parent_stack(app: App) -> None:
    p = Stack(app, "P")
    n = NestedStack(p, "N")
    _r(n, "R")
    _r(p, "R0")
    n.node.add_dependency(p)


def resource_in_nested_to_parent_stack(app: App) -> None:
    p = Stack(app, "P")
    n = NestedStack(p, "N")
    _r(p, "R0")
    _r(n, "R").node.add_dependency(p)


def resource_in_nested_to_its_nested_stack(app: App) -> None:
    p = Stack(app, "P")
    n = NestedStack(p, "N")
    _r(n, "R").node.add_dependency(n)


def stack_to_its_stage(app: App) -> None:
    stage = Stage(app, "St")
    s = Stack(stage, "S")
    _r(s, "R")
    s.node.add_dependency(stage)


ERROR_CASES: list[tuple[Callable[[App], None], str]] = [
    (resource_to_its_stack, "'S/G/R' cannot depend on parent stack 'S'"),
    (nested_to_parent_stack, "'P/N' cannot depend on parent stack 'P'"),
    (resource_in_nested_to_parent_stack, "'P/N/R' cannot depend on parent stack 'P'"),
    (resource_in_nested_to_its_nested_stack, "'P/N/R' cannot depend on parent nested-stack 'P/N'"),
    (stack_to_its_stage, "'St/S' cannot depend on parent stage 'St'"),
]


@pytest.mark.parametrize(("build", "message"), ERROR_CASES, ids=[c[0].__name__ for c in ERROR_CASES])
def test_depending_on_a_containing_stack_or_stage_fails(build: Callable[[App], None], message: str) -> None:
    app = App()
    build(app)
    with pytest.raises(RuntimeError) as info:
        app.synth()
    assert str(info.value).splitlines()[0] == message
