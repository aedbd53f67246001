"""Aspects (cdk-facts §9): invocation order, constructs added by aspects, loop guard and priority errors."""

from __future__ import annotations

from typing import Any

import pytest
from _core_support import resources_of

from constructs import App, AspectPriority, Aspects, CfnResource, Construct, Stack, Stage


class Recorder:
    """Logs ``<name>:<path>`` for every construct it visits (``<app>`` for the root)."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def visit(self, node: Any) -> None:
        self.log.append(f"{self.name}:{node.node.path or '<app>'}")


class AddingRecorder(Recorder):
    """A recorder that also adds a child ``Added`` under ``S/C1`` the first time it sees it."""

    def visit(self, node: Any) -> None:
        super().visit(node)
        if node.node.path == "S/C1" and node.node.try_find_child("Added") is None:
            Construct(node, "Added")


def test_invocation_order_matches_cdk() -> None:
    app = App()
    s = Stack(app, "S")
    c1 = Construct(s, "C1")
    Construct(s, "C2")
    log: list[str] = []
    Aspects.of(app).add(Recorder("appDefault", log))
    Aspects.of(s).add(AddingRecorder("stackMut", log), priority=AspectPriority.MUTATING)
    Aspects.of(c1).add(Recorder("c1Readonly", log), priority=AspectPriority.READONLY)
    Aspects.of(c1).add(Recorder("c1Low", log), priority=100)
    app.synth()
    assert log == [
        "appDefault:<app>",
        "stackMut:S",
        "appDefault:S",
        "c1Low:S/C1",
        "stackMut:S/C1",
        "appDefault:S/C1",
        "c1Readonly:S/C1",
        "c1Low:S/C1/Added",
        "stackMut:S/C1/Added",
        "appDefault:S/C1/Added",
        "c1Readonly:S/C1/Added",
        "stackMut:S/C2",
        "appDefault:S/C2",
        "appDefault:Tree",
    ]


def test_priority_constants() -> None:
    assert (AspectPriority.MUTATING, AspectPriority.DEFAULT, AspectPriority.READONLY) == (200, 500, 1000)


def test_same_aspect_with_same_priority_is_added_once(stack: Stack) -> None:
    log: list[str] = []
    aspect = Recorder("once", log)
    Aspects.of(stack).add(aspect)
    Aspects.of(stack).add(aspect)
    assert Aspects.of(stack).all == [aspect]
    assert [a.priority for a in Aspects.of(stack).applied] == [500]
    stack.node.root.synth()
    assert log == ["once:MyStack"]


def test_aspect_visits_its_scope_and_below_only(stack: Stack) -> None:
    g = Construct(stack, "G")
    Construct(g, "Inner")
    Construct(stack, "Sibling")
    log: list[str] = []
    Aspects.of(g).add(Recorder("a", log))
    stack.node.root.synth()
    assert log == ["a:MyStack/G", "a:MyStack/G/Inner"]


def test_mutating_aspect_changes_reach_the_template(stack: Stack) -> None:
    class SetProperty:
        def visit(self, node: Any) -> None:
            if isinstance(node, CfnResource):
                node.add_property_override("WrittenBy", "aspect")

    CfnResource(stack, "R", type="AWS::SNS::Topic")
    Aspects.of(stack).add(SetProperty())
    assert resources_of(stack)["R"]["Properties"] == {"WrittenBy": "aspect"}


def test_aspects_run_once_even_if_synth_is_called_twice(stack: Stack) -> None:
    log: list[str] = []
    Aspects.of(stack).add(Recorder("a", log))
    app = stack.node.root
    app.synth()
    app.synth()
    assert log == ["a:MyStack"]


def test_app_aspects_do_not_enter_nested_stages() -> None:
    app = App()
    prod = Stage(app, "Prod")
    Stack(prod, "S")
    log: list[str] = []
    Aspects.of(app).add(Recorder("app", log))
    Aspects.of(prod).add(Recorder("stage", log))
    app.synth()
    assert log == ["stage:Prod", "stage:Prod/S", "app:<app>", "app:Tree"]


def test_fails_aspects_that_keep_adding_aspects() -> None:
    class Breeder:
        def visit(self, node: Any) -> None:
            Aspects.of(node).add(Breeder())

    app = App()
    Stack(app, "S")
    Aspects.of(app).add(Breeder())
    with pytest.raises(RuntimeError, match="We have detected a possible infinite loop while invoking Aspects"):
        app.synth()


def test_fails_lower_priority_aspect_after_a_higher_one_ran() -> None:
    log: list[str] = []

    class LateLow(Recorder):
        pass

    class AddsLowPriority(Recorder):
        def visit(self, node: Any) -> None:
            super().visit(node)
            if node.node.path == "S/C":
                Aspects.of(node).add(LateLow("late", log), priority=100)

    app = App()
    s = Stack(app, "S")
    Construct(s, "C")
    Aspects.of(s).add(AddsLowPriority("adder", log))
    with pytest.raises(
        RuntimeError,
        match=r"Cannot invoke Aspect LateLow with priority 100 on node S/C: an Aspect AddsLowPriority with a lower "
        r"priority \(added at S\) was already invoked on this node\.",
    ):
        app.synth()


class HolderOnlyRecorder(Recorder):
    """A recorder marked as acting on its holder only (as the IAM role's policy-split aspect is)."""

    _visits_holder_only = True


def test_a_holder_only_aspect_is_not_invoked_below_its_holder() -> None:
    app = App()
    s = Stack(app, "S")
    c1 = Construct(s, "C1")
    Construct(Construct(c1, "Child"), "Grandchild")
    log: list[str] = []
    Aspects.of(c1).add(HolderOnlyRecorder("holder", log), priority=AspectPriority.MUTATING)
    Aspects.of(s).add(Recorder("stack", log))
    app.synth()
    assert log == [
        "stack:S",
        "holder:S/C1",
        "stack:S/C1",
        "stack:S/C1/Child",
        "stack:S/C1/Child/Grandchild",
    ]
