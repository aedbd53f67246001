"""A Node keeps its dependencies and validations as (), one lone item, or a list (the first item gets no list);
every form must read the same as a plain list of what was added."""

from __future__ import annotations

import pytest

from constructs import App, CfnResource, Construct, Stack


class _Falsy:
    """A validation whose truthiness is False: a lone one must still run."""

    def __init__(self, *messages: str) -> None:
        self.messages = list(messages)

    def __len__(self) -> int:
        return 0

    def validate(self) -> list[str]:
        return list(self.messages)


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_dependencies_read_like_the_list_of_what_was_added(stack: Stack, count: int) -> None:
    c = Construct(stack, "C")
    targets = [Construct(stack, f"T{i}") for i in range(count)]
    for t in targets:
        c.node.add_dependency(t)
    assert c.node.dependencies == targets
    several = Construct(stack, "S")
    several.node.add_dependency(*targets)
    several.node.add_dependency()
    assert several.node.dependencies == targets


def test_remove_dependency_from_each_form(stack: Stack) -> None:
    a, b = Construct(stack, "A"), Construct(stack, "B")
    lone = Construct(stack, "Lone")
    lone.node.add_dependency(a)
    lone.node.remove_dependency(b)
    assert lone.node.dependencies == [a]
    lone.node.remove_dependency(a)
    assert lone.node.dependencies == []
    lone.node.add_dependency(b)
    assert lone.node.dependencies == [b]
    two = Construct(stack, "Two")
    two.node.add_dependency(a, b)
    two.node.remove_dependency(a)
    two.node.add_dependency(a)
    assert two.node.dependencies == [b, a]


def test_a_list_given_as_a_dependable_is_still_rejected(stack: Stack) -> None:
    c = Construct(stack, "C")
    c.node.add_dependency([Construct(stack, "X")])  # type: ignore[list-item]
    with pytest.raises(Exception, match="does not implement IDependable"):
        c.node.dependencies  # noqa: B018


@pytest.mark.parametrize("count", [1, 2, 3])
def test_validations_in_each_form_run_at_synth(app: App, stack: Stack, count: int) -> None:
    c = Construct(stack, "C")
    for i in range(count):
        c.node.add_validation(_Falsy(f"m{i}"))
    assert c.node.validate() == [f"m{i}" for i in range(count)]
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    assert str(exc.value).endswith("".join(f"\n  [MyStack/C] m{i}" for i in range(count)))


def test_a_lone_falsy_dependable_still_adds_depends_on(app: App, stack: Stack) -> None:
    class FalsyResource(CfnResource):
        def __len__(self) -> int:
            return 0

    target = CfnResource(stack, "Target", type="AWS::SNS::Topic")
    source = FalsyResource(stack, "Source", type="AWS::SNS::Topic")
    source.node.add_dependency(target)
    falsy_target = FalsyResource(stack, "FalsyTarget", type="AWS::SNS::Topic")
    target.node.add_dependency(falsy_target)
    resources = app.synth().get_stack_artifact("MyStack").template["Resources"]
    assert resources["Source"]["DependsOn"] == ["Target"]
    assert resources["Target"]["DependsOn"] == ["FalsyTarget"]
