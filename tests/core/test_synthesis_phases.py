"""Synthesis runs in named phases and touches the classes it synthesizes only through their declared interface."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest

from constructs import (
    App,
    Aspects,
    CfnResource,
    Construct,
    DefaultStackSynthesizer,
    IConstruct,
    NestedStack,
    Node,
    Stack,
    Stage,
)
from constructs._cfn_element import CfnElement
from constructs._private import synthesis
from constructs._synthesizers import StackSynthesizer

SOURCE = Path(synthesis.__file__).read_text(encoding="utf-8")
PROTOCOLS = {
    synthesis.SynthesisStage: [Stage, App],
    synthesis.SynthesisStack: [Stack, NestedStack],
    synthesis.SynthesisSynthesizer: [StackSynthesizer, DefaultStackSynthesizer],
    synthesis.SynthesisElement: [CfnElement],
    synthesis.SynthesisResource: [CfnResource],
    synthesis.SynthesisNode: [Node],
}
# the modules whose classes take part in synthesis: they reach into each other only through the declared interface
SYNTHESIS_MODULES = ["_stack.py", "_stage.py", "_nested_stack.py", "_synthesizers.py"]
# reaches that are not across classes: a construct reads another construct's node, a stage its enclosing stage
SAME_CLASS = {"_node", "_has_nested_stages"}
# not synthesis: NestedStack shows its resource as aws-cdk-lib's CfnStack in tree.json (overrides tree.py reads)
TREE_METADATA = {"_tree_fqn", "_tree_attributes", "_cfn_properties"}


def _members(protocol: type) -> list[str]:
    return [n for n, v in vars(protocol).items() if inspect.isfunction(v) and not n.startswith("__")]


def _declared() -> set[str]:
    names: set[str] = set()
    for protocol in PROTOCOLS:
        names |= set(_members(protocol))
    return names


def _private_reaches(source: str) -> set[str]:
    """Underscored attributes read on anything but ``self`` (module attributes excluded)."""
    tree = ast.parse(source)
    modules = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        if isinstance(node.value, ast.Name) and (node.value.id in ("self", "cls") or node.value.id in modules):
            continue
        if isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) and node.value.func.id == "super":
            continue  # the class's own (inherited) member
        found.add(node.attr)
    return found


def test_the_check_sees_a_private_reach() -> None:
    assert _private_reaches("def f(stack):\n    return stack._template_dirty\n") == {"_template_dirty"}
    assert _private_reaches("class A:\n    def f(self):\n        return self._x\n") == set()
    assert _private_reaches("class A(B):\n    def f(self):\n        return super()._x()\n") == set()
    assert _private_reaches("def f(self):\n    self.synthesizer._add_template_additions()\n") == {
        "_add_template_additions"
    }


def test_synthesis_reaches_only_for_the_declared_interface() -> None:
    assert _private_reaches(SOURCE) <= _declared(), sorted(_private_reaches(SOURCE) - _declared())


@pytest.mark.parametrize("module", SYNTHESIS_MODULES)
def test_the_synthesized_classes_reach_each_other_only_for_the_declared_interface(module: str) -> None:
    source = (Path(synthesis.__file__).parent.parent / module).read_text(encoding="utf-8")
    undeclared = _private_reaches(source) - _declared() - SAME_CLASS - TREE_METADATA
    assert not undeclared, sorted(undeclared)


@pytest.mark.parametrize("protocol", list(PROTOCOLS), ids=lambda p: p.__name__)
def test_the_classes_offer_their_interface(protocol: type) -> None:
    members = _members(protocol)
    assert members
    for cls in PROTOCOLS[protocol]:
        for name in members:
            assert callable(getattr(cls, name, None)), f"{cls.__name__} lacks {name}"


def test_no_callables_are_passed_in_to_dodge_import_cycles() -> None:
    assert list(inspect.signature(synthesis._synthesize_into).parameters) == [
        "stage",
        "directory",
        "skip_validation",
        "error_on_annotations",
        "aspect_stabilization",
    ]


def test_the_phases_run_in_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    phases = [
        "prepare_nested_stages",
        "invoke_aspects",
        "prepare_stacks",
        "resolve_dependencies",
        "validate",
        "render",
        "stage_assets",
        "write_templates",
        "write_tree",
        "write_manifest",
        "assembly",
    ]
    seen: list[str] = []
    for name in phases:
        real = getattr(synthesis.StageSynthesis, name)

        def recording(self: Any, _real: Any = real, _name: str = name) -> Any:
            seen.append(_name)
            return _real(self)

        monkeypatch.setattr(synthesis.StageSynthesis, name, recording)
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "R", type="Foo::Bar")
    app.synth()
    assert seen == phases


def test_a_nested_stage_is_synthesized_first_and_keeps_its_assembly(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stage = Stage(app, "Prod")
    CfnResource(Stack(stage, "S"), "R", type="Foo::Bar")
    assembly = app.synth()
    nested = assembly.get_nested_assembly("assembly-Prod")
    assert stage.synth() is nested  # the stage's own synth() returns what synthesis kept for it
    assert assembly.manifest["artifacts"]["assembly-Prod"] == {
        "type": "cdk:cloud-assembly",
        "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"},
    }
    assert [
        a.manifest["displayName"]
        for a in nested.artifacts
        if a.manifest.get("type") == "aws:cloudformation:stack"
    ] == ["Prod/S"]


class _AddResource:
    """An aspect that adds a construct with a failing validation: validation runs after aspects."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, Stack) and node.node.try_find_child("Added") is None:
            added = Construct(node, "Added")
            added.node.add_validation(_Failing())


class _Failing:
    def validate(self) -> list[str]:
        return ["added by an aspect"]


def test_validation_sees_what_aspects_added(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    Aspects.of(stack).add(_AddResource())
    with pytest.raises(Exception, match=r"\[S/Added\] added by an aspect"):
        app.synth()
    assert not (tmp_path / "out" / "S.template.json").exists()
