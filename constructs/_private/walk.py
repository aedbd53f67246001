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
        order: list[Any] = [stage]
        by_stack: dict[int, list[Any]] = {}
        if isinstance(stage, Stack):  # a walk of one stack (Stack._elements outside synthesis)
            by_stack[id(stage)] = [stage]
            _walk_owned(stage, order, by_stack[id(stage)], by_stack, Stack, Stage)
        else:
            _walk_owned(stage, order, None, by_stack, Stack, Stage)
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

    def stacks(self) -> list[Any]:
        """The stacks (nested stacks included) in pre-order."""
        return [owned[0] for owned in self._by_stack.values()]  # each stack's list starts with it, made in pre-order

    def stacks_post_order(self) -> list[Any]:
        """The stacks (nested stacks included), each after the stacks inside it."""
        out: list[Any] = []
        open_chain: list[Any] = []
        for c in self.stacks():
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

    def validation_errors(self) -> list[str]:
        """The errors of every construct's validations, in pre-order, each as ``\n  [path] message``."""
        errors: list[str] = []
        for c in self.order:
            node = c._node
            if type(node._validations) is not tuple:  # most have none (()): Node.validate would return []
                for msg in node.validate():
                    errors.append(f"\n  [{node.path}] {msg}")
        return errors

    def messages_of(self, stack: Any, levels: dict[str, str]) -> list[tuple[str, str, Any]]:
        """``(level, path, entry)`` of each metadata entry whose type is in ``levels`` (type -> level) of the
        constructs ``stack`` owns, in pre-order."""
        out: list[tuple[str, str, Any]] = []
        for c in self._by_stack.get(id(stack), ()):
            node = c._node
            entries = node._metadata  # read in place: Node.metadata would copy the (mostly empty) entries
            if entries:
                for m in entries:
                    level = levels.get(m.type)
                    if level is not None:
                        out.append((level, node._path, m))
        return out


def _walk_owned(root: Any, order: list[Any], owned: list[Any] | None, by_stack: dict[int, list[Any]],
                stack_cls: type, stage_cls: type) -> None:
    """Append the constructs below ``root`` to ``order`` in pre-order, nested stages skipped; those whose owning
    stack is ``root``'s (``owned``: its list, None outside every stack) to ``owned``, those of each stack below to
    a new list of ``by_stack`` (a stack's own walk, recursively, in place: the pre-order is kept)."""
    n = root._node
    if not n._children:
        return
    todo = list(reversed(n._iter_children()))  # a stack: the last child below the first, popped first
    containers = (stack_cls, stage_cls)
    pop = todo.pop
    append = order.append
    while todo:
        c = pop()
        if isinstance(c, containers):
            if not isinstance(c, stack_cls):
                continue  # a nested stage: synthesized on its own
            append(c)
            mine = by_stack[id(c)] = [c]
            _walk_owned(c, order, mine, by_stack, stack_cls, stage_cls)
            continue
        append(c)
        if owned is not None:
            owned.append(c)
        n = c._node
        if n._children:
            todo.extend(reversed(n._children.values() if not n._int_keys else n.children))  # Node._iter_children
