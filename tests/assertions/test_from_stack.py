"""``Template``/``Annotations``/``Tags`` read from stacks synthesized by the core."""

from __future__ import annotations

from typing import Any

import pytest

from assertions import Annotations, AssertionFailure, Match, Tags, Template
from assertions.snapshot import ASSET_HASH_PLACEHOLDER, normalize_template
from constructs import App, CfnResource, Construct, NestedStack, Stack, Stage
from constructs.internals import synthesis


def test_from_stack_reads_the_stack_template() -> None:
    stack = Stack(App(), "S")
    CfnResource(stack, "Foo", type="Foo::Bar", properties={"Baz": "Qux"})
    template = Template.from_stack(stack)
    assert template.to_json()["Resources"] == {"Foo": {"Type": "Foo::Bar", "Properties": {"Baz": "Qux"}}}


def test_from_stack_synthesizes_the_app_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    real = synthesis.synthesize

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(synthesis, "synthesize", counting)
    app = App()
    first, second = Stack(app, "First"), Stack(app, "Second")
    CfnResource(first, "A", type="Foo::Bar")
    CfnResource(second, "B", type="Foo::Bar")
    Template.from_stack(first).resource_count_is("Foo::Bar", 1)
    Template.from_stack(first).has_resource("Foo::Bar", {})
    Template.from_stack(second).resource_count_is("Foo::Bar", 1)
    assert len(calls) == 1


@pytest.mark.parametrize("in_stage", [False, True], ids=["in app", "in stage"])
def test_from_stack_reads_a_nested_stack_template(in_stage: bool) -> None:
    app = App()
    scope: Construct = Stage(app, "Stage") if in_stage else app
    parent = Stack(scope, "Parent")
    nested = NestedStack(parent, "MyNestedStack")
    CfnResource(nested, "Bar", type="Bar::Baz", properties={"Qux": "Foo"})
    assert Template.from_stack(nested).to_json() == {
        "Resources": {"Bar": {"Type": "Bar::Baz", "Properties": {"Qux": "Foo"}}}
    }
    parent_template = Template.from_stack(parent)
    parent_template.resource_count_is("AWS::CloudFormation::Stack", 1)
    (nested_resource,) = parent_template.find_resources("AWS::CloudFormation::Stack").values()
    url_parts = normalize_template(nested_resource)["Properties"]["TemplateURL"]["Fn::Join"][1]
    assert url_parts[-1] == f"/{ASSET_HASH_PLACEHOLDER}.json"


def test_from_stack_refuses_a_stack_outside_an_app() -> None:
    stack = Stack(Construct(None, ""), "MyStack")  # type: ignore[arg-type]
    with pytest.raises(AssertionFailure, match="must be part of a Stage or an App"):
        Template.from_stack(stack)


def test_annotations_see_errors_and_later_additions() -> None:
    from constructs import Annotations as CoreAnnotations

    stack = Stack(App(), "S")
    resource = CfnResource(stack, "Foo", type="Foo::Bar")
    CoreAnnotations.of(resource).add_error("we do not want a Foo::Bar resource")
    Annotations.from_stack(stack).has_error("/S/Foo", "we do not want a Foo::Bar resource")
    Annotations.from_stack(stack).has_no_warning("*", Match.any_value())
    CoreAnnotations.of(stack).add_warning("late")
    Annotations.from_stack(stack).has_warning("/S", "late")


def test_tags_from_stack() -> None:
    from constructs import Tags as CoreTags

    app = App()
    tagged, plain = Stack(app, "Tagged"), Stack(app, "Plain")
    CoreTags.of(tagged).add("Team", "core")
    Tags.from_stack(tagged).has_values({"Team": "core"})
    Tags.from_stack(plain).has_none()
    assert Tags.from_stack(tagged).all() == {"Team": "core"}
