"""One pre-order pass over a stage's constructs, shared by the synthesis steps that used to walk it each.

Reifying dependencies, validating, collecting messages and listing each stack's elements all visit the same
constructs in the same order; a ``StageWalk`` visits them once and groups them by the stack that owns them. It
is only valid while no construct is created (``is_current``): callers fall back to their own walk otherwise.
"""

from __future__ import annotations

from typing import Any

from .._construct import CREATED


class StageWalk:
    """The constructs of a stage in pre-order (nested stages excluded), and the same grouped by owning stack.

    The owning stack of a construct is the closest stack above it, or the construct itself if it is a stack;
    constructs outside every stack (the stage itself, constructs directly under it) have none.
    """

    __slots__ = ("order", "_by_stack", "_created")

    def __init__(self, stage: Any) -> None:
        from .._stack import Stack
        from .._stage import Stage

        self._created = CREATED[0]
        order: list[Any] = []
        by_stack: dict[int, list[Any]] = {}
        todo: list[tuple[Any, Any]] = [(stage, None)]
        while todo:
            c, owner = todo.pop()
            if isinstance(c, Stack):
                owner = c
                by_stack[id(c)] = [c]
            elif owner is not None:
                by_stack[id(owner)].append(c)
            order.append(c)
            n = c._node
            if n._children:
                kids = [(k, owner) for k in n._iter_children() if not isinstance(k, Stage)]
                kids.reverse()
                todo.extend(kids)
        self.order: list[Any] = order
        self._by_stack = by_stack

    @classmethod
    def not_yet(cls) -> StageWalk:
        """A walk of nothing that is never current: where a synthesis has not walked its stage yet."""
        walk = cls.__new__(cls)
        walk.order = []
        walk._by_stack = {}
        walk._created = -1
        return walk

    def is_current(self) -> bool:
        """True while no construct has been created since the walk."""
        return CREATED[0] == self._created

    def stacks_post_order(self) -> list[Any]:
        """The stacks (nested stacks included), each after the stacks inside it."""
        from .._stack import Stack

        out: list[Any] = []
        open_chain: list[Any] = []
        for c in self.order:
            if not isinstance(c, Stack):
                continue
            prefix = c._node.path
            while open_chain and not prefix.startswith(open_chain[-1]._node.path + "/"):
                out.append(open_chain.pop())
            open_chain.append(c)
        while open_chain:
            out.append(open_chain.pop())
        return out

    def adopt_last_children(self, stack: Any, leaves: list[Any]) -> bool:
        """Record ``leaves``, just added as the last children of ``stack``; False if they are not leaves."""
        if any(leaf._node._children for leaf in leaves):
            return False
        self.order.extend(leaves)
        self._by_stack[id(stack)].extend(leaves)
        self._created = CREATED[0]
        return True

    def owned_by(self, stack: Any) -> list[Any]:
        """The constructs whose owning stack is ``stack`` (the stack first), in pre-order."""
        return self._by_stack.get(id(stack), [])
