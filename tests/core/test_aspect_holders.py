"""Where a construct keeps its aspects: read as an attribute on classes without ``__getattr__`` (no instance
``__dict__`` is made for it), through ``__dict__`` on classes that have one; both must behave alike."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Aspects, Construct, Stack


class _Forwarding(Construct):
    """A construct whose ``__getattr__`` answers every missing attribute (here: with an empty list)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return []


class _Plain(Construct):
    pass


class _Record:
    def __init__(self) -> None:
        self.visited: list[str] = []

    def visit(self, node: Any) -> None:
        self.visited.append(node.node.path)


@pytest.mark.parametrize("cls", [_Plain, _Forwarding])
def test_aspects_of_either_kind_of_holder_are_kept_and_invoked(cls: type[Construct]) -> None:
    app = App()
    stack = Stack(app, "S")
    holder = cls(stack, "H")
    _Plain(holder, "Child")
    first, second = _Record(), _Record()
    assert Aspects.of(holder).all == []
    Aspects.of(holder).add(first)
    Aspects.of(holder).add(first)  # the same aspect and priority: once
    Aspects.of(holder).add(second, priority=100)
    assert Aspects.of(holder).all == [first, second]
    assert [a.aspect for a in Aspects.of(holder).applied] == [first, second]
    app.synth()
    assert first.visited == ["S/H", "S/H/Child"]
    assert second.visited == ["S/H", "S/H/Child"]


def test_a_forwarding_holder_keeps_its_aspects_in_its_dict() -> None:
    holder = _Forwarding(Stack(App(), "S"), "H")
    Aspects.of(holder).add(_Record())
    assert len(holder.__dict__["_aspects"]) == 1
