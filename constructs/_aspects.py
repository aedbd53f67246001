"""``Aspects``: visitors applied to every construct below a scope before synthesis."""

from __future__ import annotations

import weakref
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

from constructs._private import structs

from ._construct import _attributes_are_own
from ._errors import SynthesisError

if TYPE_CHECKING:
    from constructs._construct import IConstruct


class IAspect(Protocol):
    """A visitor: ``visit(node)`` is called for each construct below the scope it was added to."""

    def visit(self, node: IConstruct) -> None: ...


class AspectPriority:
    """Standard aspect priorities (lower runs first)."""

    MUTATING = 200
    DEFAULT = 500
    READONLY = 1000


@structs.frozen(kw_only=True)
class AspectOptions:
    """The options of ``Aspects.add``: the priority (lower runs first; default ``AspectPriority.DEFAULT``).

    Args:
        priority: when the aspect runs relative to others (lower first; default ``AspectPriority.DEFAULT``).
    """

    priority: int | None = None


def mutating_aspect_priority(scope: Any) -> int:
    """MUTATING with ``@aws-cdk/core:aspectPrioritiesMutating`` enabled, else DEFAULT (aws-cdk-lib's aspects that
    change resources)."""
    from ._feature_flags import FeatureFlags

    if FeatureFlags.of(scope).is_enabled("@aws-cdk/core:aspectPrioritiesMutating"):
        return AspectPriority.MUTATING
    return AspectPriority.DEFAULT


class AspectApplication:
    """An aspect added to a construct, with its priority.

    Args:
        aspect: the aspect.
        construct: the construct it was added to.
        priority: its priority (lower runs first).
    """

    __slots__ = ("construct", "aspect", "priority")

    def __init__(self, construct: IConstruct, aspect: IAspect, priority: int) -> None:
        self.construct: IConstruct = construct
        self.aspect: IAspect = aspect
        self.priority: int = priority


_BY_PRIORITY = attrgetter("priority")


def _own_aspects(c: Any) -> list[AspectApplication] | None:
    """The aspect applications held by ``c`` itself, or None. Read as an attribute when the class has no
    ``__getattr__`` (the instance or its class then answer alone, and no class defines ``_aspects``): reading
    ``__dict__`` would make every construct visited keep a dict of its own."""
    if _attributes_are_own(type(c)):
        return getattr(c, "_aspects", None)
    return c.__dict__.get("_aspects")  # type: ignore[no-any-return]

_ADDED = [0]
# every construct an aspect was added to (walks skip subtrees that hold no aspect and inherit none)
_HOLDERS: list[Any] = []


class Aspects:
    """The aspects of one construct: ``Aspects.of(scope).add(aspect)``."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> Aspects:
        """The aspects of ``scope``."""
        return Aspects(scope)

    def _list(self) -> list[AspectApplication]:
        scope = self._scope
        lst = _own_aspects(scope)
        if lst is None:
            lst = []
            if _attributes_are_own(type(scope)):
                object.__setattr__(scope, "_aspects", lst)  # as ``__dict__[...] =`` does, without making the dict
            else:
                scope.__dict__["_aspects"] = lst
        return lst

    def add(self, aspect: IAspect, *, priority: int | None = None) -> None:
        """Apply ``aspect`` to this scope and everything below it."""
        prio = AspectPriority.DEFAULT if priority is None else priority
        lst = self._list()
        for app in lst:
            if app.aspect is aspect and app.priority == prio:
                return
        lst.append(AspectApplication(self._scope, aspect, prio))
        _ADDED[0] += 1
        _HOLDERS.append(weakref.ref(self._scope))

    @property
    def all(self) -> list[IAspect]:
        """The aspects added directly to this scope."""
        return [a.aspect for a in self._list()]

    @property
    def applied(self) -> list[AspectApplication]:
        """The aspect applications of this scope."""
        return list(self._list())


def invoke_aspects(root: Any) -> None:
    """Invoke every aspect on every construct below where it was added (aws-cdk-lib's stabilised order)."""
    if _ADDED[0] == 0:
        return
    from ._construct import CREATED
    from ._stage import Stage

    invoked: dict[int, list[AspectApplication]] = {}
    for _ in range(102):
        created, added = CREATED[0], _ADDED[0]
        if not _walk(root, invoked, Stage, *_with_aspects_below(root)):
            return
        if CREATED[0] == created and _ADDED[0] == added:
            # nothing new in the tree: another pass would invoke nothing
            return
    raise SynthesisError(
        "We have detected a possible infinite loop while invoking Aspects. Please check your Aspects and "
        "verify there is no configuration that would cause infinite Aspect or Node creation."
    )


def invoke_aspects_unstabilized(root: Any) -> None:
    """Invoke the aspects in one pass, as aws-cdk-lib does with ``@aws-cdk/core:aspectStabilization`` false.

    Each construct is visited once, in pre-order, by the aspects inherited from above and its own (by priority);
    its children are read after its own visits. An aspect added during the pass is not invoked; the first time
    that is seen, the construct being visited gets aws-cdk-lib's ``@aws-cdk/core:ignoredAspect`` warning.
    """
    if _ADDED[0] == 0:
        return
    from ._annotations import Annotations
    from ._stage import Stage

    invoked: dict[int, list[AspectApplication]] = {}
    warned = False
    todo: list[tuple[Any, list[AspectApplication]]] = [(root, [])]
    while todo:
        c, inherited = todo.pop()
        local = _own_aspects(c) or []
        apps = sorted(inherited + local, key=_BY_PRIORITY) if local else inherited
        count = len(local)
        for app in apps:
            done = invoked.setdefault(id(c), [])
            if any(d.aspect is app.aspect for d in done):
                continue
            app.aspect.visit(c)
            if not warned and count != len(_own_aspects(c) or []):
                Annotations.of(c).add_warning_v2(
                    "@aws-cdk/core:ignoredAspect", "We detected an Aspect was added via another Aspect, and will not be applied"
                )
                warned = True
            done.append(app)
        kids = [k for k in c._node._iter_children() if not isinstance(k, Stage)]
        kids.reverse()
        todo.extend((k, apps) for k in kids)


def _with_aspects_below(root: Any) -> tuple[set[int], set[int]]:
    """Ids of the constructs under ``root`` that hold an aspect or have a descendant that does, and ids of those
    of them that have such a descendant (the walk lists only their children when nothing is inherited)."""
    marked: set[int] = set()
    inner: set[int] = set()
    for ref in _HOLDERS:
        holder = ref()
        if holder is None:
            continue
        chain = []
        c = holder
        while c is not None and id(c) not in marked:
            chain.append(c)
            if c is root:
                break
            c = c._node.scope
        else:
            if c is None:
                continue  # another tree
            if chain:
                inner.add(id(c))  # the chain joined a marked construct: now it has a marked descendant
        marked.update(map(id, chain))
        inner.update(map(id, chain[1:]))
    return marked, inner


def _walk(root: Any, invoked: dict[int, list[AspectApplication]], stage_cls: type, marked: set[int],
          inner: set[int]) -> bool:
    """One pass over the tree; True if any aspect was invoked (another pass is needed)."""
    start = _ADDED[0]
    did_something = False
    todo: list[tuple[Any, list[AspectApplication]]] = [(root, [])]
    while todo:
        c, inherited = todo.pop()
        local = _own_aspects(c) or []
        if not local:
            apps = inherited
        elif inherited or len(local) > 1:
            apps = sorted(inherited + local, key=_BY_PRIORITY)
        else:  # one aspect of its own and none inherited: a copy (the holder's list may grow while visiting)
            apps = local[:]
        if apps:
            done = invoked.setdefault(id(c), [])
            for app in apps:
                if app in done:  # AspectApplication compares by identity
                    continue
                for d in done:
                    if d.priority > app.priority:
                        raise SynthesisError(
                            f"Cannot invoke Aspect {type(app.aspect).__name__} with priority {app.priority} on node "
                            f"{c._node.path}: an Aspect {type(d.aspect).__name__} with a lower priority (added at "
                            f"{d.construct.node.path}) was already invoked on this node."
                        )
                app.aspect.visit(c)
                done.append(app)
                did_something = True
                if _ADDED[0] != start:
                    return True
        down = apps
        if not local:
            pass
        elif not inherited and len(local) == 1:
            # a lone aspect of its own: only it could go down, unless it acts on its holder alone (as the general
            # case below reads it: apps is [that aspect], added to c)
            if getattr(local[0].aspect, "_visits_holder_only", False):
                down = []
        elif any([getattr(a.aspect, "_visits_holder_only", False) for a in local]):
            # an aspect that acts on the construct it was added to and nothing else (a no-op visit below it)
            down = [a for a in apps if a.construct is not c or not getattr(a.aspect, "_visits_holder_only", False)]
        n = c._node
        if not n._children:
            continue
        if down:
            kids = [k for k in n._iter_children() if not isinstance(k, stage_cls)]
        elif id(c) in inner:  # nothing inherited: only the subtrees holding an aspect
            kids = [k for k in n._iter_children() if id(k) in marked and not isinstance(k, stage_cls)]
        else:  # nothing inherited and no aspect below (the list above would be empty)
            continue
        kids.reverse()
        todo += [(k, down) for k in kids]
    return did_something
