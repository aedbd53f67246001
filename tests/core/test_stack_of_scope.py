"""A resource and its L1 take their stack from the scope (``Stack.of``'s cached value, read as an attribute): a scope
whose class forwards unknown attributes (``__getattr__``) to a construct of another stack must not lend them its
stack."""

from __future__ import annotations

from typing import Any

import constructs as cdk
from constructs import Construct
from l2 import sqs


class _Forwarding(Construct):
    """A construct that answers unknown attributes from another construct."""

    def __init__(self, scope: Construct, id: str, other: Construct) -> None:
        super().__init__(scope, id)
        self._other = other

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["_other"], name)


def test_a_resource_under_a_forwarding_scope_is_in_the_scope_s_stack() -> None:
    app = cdk.App()
    first, second = cdk.Stack(app, "First"), cdk.Stack(app, "Second")
    elsewhere = sqs.Queue(first, "Elsewhere")  # a resource of the first stack (it has the cached stack)
    queue = sqs.Queue(_Forwarding(second, "Forwarding", elsewhere), "Queue")
    assert queue.stack is second
    assert queue.node.default_child.stack is second  # type: ignore[union-attr]
    assert cdk.Stack.of(queue) is second


def test_resources_and_elements_take_their_scope_s_stack() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    nested = Construct(Construct(stack, "A"), "B")
    queue = sqs.Queue(nested, "Queue")
    assert queue.stack is stack
    assert queue.node.default_child.stack is stack  # type: ignore[union-attr]
