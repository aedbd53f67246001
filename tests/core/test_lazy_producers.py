"""Lazy producers are called once per resolution, with the resolve context only if they take it; a TypeError
raised inside a producer surfaces instead of being mistaken for a signature mismatch."""

from __future__ import annotations

from typing import Any

import pytest

import constructs as cdk


def _stack() -> cdk.Stack:
    return cdk.Stack(cdk.App(), "S")


def test_producers_with_and_without_context() -> None:
    stack = _stack()
    seen: list[Any] = []

    class WithContext:
        def produce(self, context: Any) -> str:
            seen.append(context.scope)
            return "with"

    assert stack.resolve(cdk.Lazy.string(WithContext())) == "with"
    assert seen == [stack]
    assert stack.resolve(cdk.Lazy.string(lambda: "plain")) == "plain"
    assert stack.resolve(cdk.Lazy.uncached_string(lambda ctx: f"{ctx.scope.node.id}")) == "S"
    assert stack.resolve(cdk.Lazy.any(lambda *args: len(args))) == 1


def test_a_type_error_inside_a_producer_is_raised_once() -> None:
    stack = _stack()
    calls: list[int] = []

    def broken(context: Any) -> str:
        calls.append(1)
        raise TypeError("bad value inside the producer")

    with pytest.raises(TypeError, match="bad value inside the producer"):
        stack.resolve(cdk.Lazy.uncached_string(broken))
    assert calls == [1]
