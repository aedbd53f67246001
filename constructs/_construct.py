"""The construct tree: ``Construct`` and its ``node``, as the ``constructs`` 10 library defines them."""

from __future__ import annotations

import enum
import hashlib
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._errors import ValidationError
from ._private.protocols import OptionalMembersMeta

if TYPE_CHECKING:
    from collections.abc import Callable

    from constructs._metadata_options import MetadataOptions
    from constructs._mixins import IMixin

PATH_SEP = "/"
# how many constructs were ever created (synthesis uses it to notice constructs made by lazy values)
CREATED = [0]
_NO_CONTEXT: Mapping[str, Any] = MappingProxyType({})
_NO_CHILDREN: Mapping[str, Any] = MappingProxyType({})
_LOCKED_NODES = [0]  # how many nodes are locked now: adding a child checks the scopes only when some are
# every key ever given to ``set_context`` (a context value is set no other way): a flag no node has in its context
# reads as unset without walking up the scopes
CONTEXT_KEYS: set[str] = set()
_DIGITS = frozenset("0123456789")
_DEFAULT_IDS = ("Resource", "Default")


class ConstructOrder(enum.Enum):
    """The order in which ``node.find_all`` lists constructs."""

    PREORDER = 0
    POSTORDER = 1


class MetadataEntry:
    """An entry in ``node.metadata``: a type, the data and (optionally) a stack trace.

    Args:
        data: the entry's value.
        trace: the stack trace where it was added (default none).
        type: the entry's kind (e.g. ``aws:cdk:warning``).
    """

    __slots__ = ("type", "data", "trace")

    def __init__(self, type: str, data: object, trace: list[str] | None = None) -> None:
        self.type: str = type
        self.data: Any = data
        self.trace: list[str] | None = trace

    def __repr__(self) -> str:
        return f"MetadataEntry(type={self.type!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, MetadataEntry)
            and (self.type, self.data, self.trace) == (other.type, other.data, other.trace)
        )

    __hash__ = None  # type: ignore[assignment]


@runtime_checkable
class IValidation(Protocol):
    """Something that validates a construct: ``validate()`` returns a list of error messages."""

    def validate(self) -> list[str]: ...


@runtime_checkable
class IConstruct(Protocol, metaclass=OptionalMembersMeta):
    """Anything with a ``node`` (``with_``, which ``Construct`` has, is optional)."""

    @property
    def node(self) -> Node: ...

    if not TYPE_CHECKING:  # optional: not a member for mypy, and isinstance does not require it
        __optional_members__ = frozenset({"with_"})

        def with_(self, *mixins: IMixin) -> IConstruct:
            """Apply mixins to this construct and the constructs below it; the construct."""
            ...


class IDependable(Protocol):
    """Marker for things that can be depended upon: constructs and ``DependencyGroup``s."""


_WEAK_TRAITS: weakref.WeakKeyDictionary[Any, Dependable] = weakref.WeakKeyDictionary()
_TRAITS_BY_ID: dict[int, tuple[Any, Dependable]] = {}


class Dependable:
    """Trait that tells what a dependable stands for: ``Dependable.of(x).dependency_roots``."""

    @property
    def dependency_roots(self) -> list[IConstruct]:
        raise NotImplementedError

    @staticmethod
    def implement(instance: IDependable, trait: Dependable) -> None:
        """Attach a trait to an object (kept in its ``__dict__``, else in a table that does not keep it alive)."""
        try:
            instance.__dict__["_dependable_trait"] = trait
            return
        except (AttributeError, TypeError):
            pass
        try:
            _WEAK_TRAITS[instance] = trait
        except TypeError:  # neither a __dict__ nor weak references: remembered for the life of the process
            _TRAITS_BY_ID[id(instance)] = (instance, trait)

    @staticmethod
    def of(instance: IDependable) -> Dependable:
        """Return the trait of a dependable object (raises if it has none)."""
        trait = Dependable.try_of(instance)
        if trait is None:
            raise ValidationError(f"{instance!r} does not implement IDependable. Use \"Dependable.implement()\"")
        return trait

    @staticmethod
    def try_of(instance: object) -> Dependable | None:
        """Return the trait of a dependable object, or None (a ``Dependable`` is its own trait)."""
        trait = getattr(instance, "_dependable_trait", None)  # one given by ``implement`` (constructs too)
        if trait is not None:
            return trait  # type: ignore[no-any-return]
        if isinstance(instance, Construct):
            return _ConstructDependable(instance)
        if isinstance(instance, Dependable):
            return instance
        try:
            found = _WEAK_TRAITS.get(instance)
        except TypeError:
            found = None
        if found is not None:
            return found
        entry = _TRAITS_BY_ID.get(id(instance))
        return entry[1] if entry is not None and entry[0] is instance else None

    @staticmethod
    def get(instance: IDependable) -> Dependable:
        """Deprecated alias of ``of``."""
        return Dependable.of(instance)


class _ConstructDependable(Dependable):
    __slots__ = ("_c",)

    def __init__(self, c: Construct) -> None:
        self._c = c

    @property
    def dependency_roots(self) -> list[IConstruct]:
        return [self._c]


class DependencyGroup(Dependable):
    """A set of dependables that can be depended on as one."""

    def __init__(self, *deps: IDependable) -> None:
        # an empty tuple until something is added (a policy's group often stays empty)
        self._deps: Sequence[Any] = list(deps) if deps else ()

    def add(self, *scopes: IDependable) -> None:
        """Add dependables to the group."""
        if scopes:
            if type(self._deps) is tuple:
                self._deps = []
            self._deps.extend(scopes)  # type: ignore[attr-defined]

    @property
    def dependency_roots(self) -> list[IConstruct]:
        out: list[IConstruct] = []
        for d in self._deps:
            out.extend(Dependable.of(d).dependency_roots)
        return out


_OWN_ATTRIBUTES: set[type] = set()  # classes without ``__getattr__``


def _attributes_are_own(cls: type) -> bool:
    """True when an attribute read on an instance of ``cls`` finds only what the instance and ``cls`` hold (no
    ``__getattr__`` that could answer for another object): the stack ``Stack.of`` caches can then be read as an
    attribute."""
    if cls in _OWN_ATTRIBUTES:
        return True
    if hasattr(cls, "__getattr__"):
        return False
    _OWN_ATTRIBUTES.add(cls)
    return True


def _cached_stack(scope: Any) -> Any:
    """The stack ``Stack.of`` cached on ``scope``, read as an attribute (``Stack.of`` reads ``__dict__``, which
    would give every construct a dict of its own); None when none is cached or the class's ``__getattr__`` could
    answer for another construct."""
    t = type(scope)
    return getattr(scope, "_pycdk_stack", None) if t in _OWN_ATTRIBUTES or _attributes_are_own(t) else None


def _listed(held: Any) -> Sequence[Any]:
    """The items of a Node's ``_dependencies`` or ``_validations``: () when none, a list, or one lone item (never
    an exact tuple or list itself: those two types mark the other forms)."""
    t = type(held)
    return held if t is tuple or t is list else (held,)


def _library_class_name(c: Any) -> str:
    """The name of the first class in the MRO that pycdk defines (user subclasses show as their base)."""
    for k in type(c).__mro__:
        if k.__module__.split(".")[0] in ("constructs", "l1", "l2", "patterns"):
            return k.__name__
    return "Construct"


def _sanitize_id(id: str) -> str:
    if PATH_SEP in id or "\n" in id:
        return id.replace(PATH_SEP, "--").replace("\n", "--")
    return id


def _is_canonical_int(key: str) -> bool:
    """True for JS 'array index' keys: '0', '2', '10' but not '01' or '-1'."""
    if not key.isdigit() or not key.isascii():
        return False
    if len(key) > 1 and key[0] == "0":
        return False
    return int(key) < 4294967295


def _synthesized_note(c: Construct | None) -> str:
    """Why the tree is locked, when it is because a stage above ``c`` has been synthesized."""
    while c is not None:
        n = c._node
        if n._locked and getattr(c, "_assembly", None) is not None:
            return (
                f": {n.path or 'the app'} has already been synthesized (synth() was called);"
                " create every construct before synthesizing"
            )
        c = n.scope
    return ""


def _any_locked(c: Construct | None) -> bool:
    while c is not None:
        n = c._node
        if n._locked:
            return True
        c = n.scope
    return False


class Node:
    """The tree-level facilities of a construct: path, children, dependencies, metadata, validation.

    Args:
        host: the construct this node belongs to.
    """

    __slots__ = (
        "host",
        "scope",
        "id",
        "_children",
        "_int_keys",
        "_context",
        "_metadata",
        "_dependencies",
        "_validations",
        "_locked",
        "_path",
        "_addr",
        "_default_child",
    )

    PATH_SEP = PATH_SEP

    def __init__(self, host: Construct, scope: Construct | None, id: str) -> None:
        if not id:
            id = ""
        elif "/" in id or "\n" in id:
            id = _sanitize_id(id)
        self.host: Construct = host
        self.scope: Construct | None = scope
        self.id: str = id
        # a leaf shares an empty read-only mapping until it gets a child (half the nodes of a tree are leaves)
        self._children: Mapping[str, Construct] = _NO_CHILDREN
        self._int_keys = False
        # most nodes never get context, metadata, dependencies or validations: share empty ones until then
        self._context: Mapping[str, Any] = _NO_CONTEXT
        self._metadata: Sequence[MetadataEntry] = ()
        self._dependencies: Any = ()  # (), one lone dependable, or a list: see add_dependency
        self._validations: Any = ()  # (), one lone validation, or a list: see add_validation
        self._locked = False
        self._addr: str | None = None
        self._default_child: Construct | None = None
        CREATED[0] += 1
        if scope is not None:
            if not id:
                raise ValidationError("Only root constructs may have an empty ID")
            parent = scope._node
            parent._add_child(host, id)
            self._path: str | None = f"{parent._path}/{id}" if parent._path else id
        else:
            self._path = id

    @staticmethod
    def of(construct: IConstruct) -> Node:
        """Deprecated: use ``construct.node``."""
        return construct.node

    # -- identity --------------------------------------------------------------------------------------
    @property
    def path(self) -> str:
        """The ids of the scopes from the root (excluded) to this construct, joined with ``/``."""
        return self._path  # type: ignore[return-value]

    @property
    def addr(self) -> str:
        """A 42-character address unique in the tree: ``c8`` + sha1 of the scope ids."""
        if self._addr is None:
            h = hashlib.sha1()
            for c in self.scopes:
                cid = c.node.id
                if cid == "Default":
                    continue
                h.update(cid.encode("utf-8"))
                h.update(b"\n")
            self._addr = "c8" + h.hexdigest()
        return self._addr

    @property
    def unique_id(self) -> str:
        """Deprecated: use ``addr``. The path-based unique id (``Names.unique_id``)."""
        from ._private.uniqueid import make_unique_id

        return make_unique_id([c.node.id for c in self.scopes[1:]])

    @property
    def scopes(self) -> list[Construct]:
        """All scopes from the root down to this construct, both included."""
        out: list[Construct] = []
        cur: Construct | None = self.host
        while cur is not None:
            out.append(cur)
            cur = cur.node.scope
        out.reverse()
        return out

    @property
    def root(self) -> Construct:
        """The root of the tree."""
        cur = self.host
        while cur.node.scope is not None:
            cur = cur.node.scope
        return cur

    # -- children --------------------------------------------------------------------------------------
    def _add_child(self, child: Construct, child_name: str) -> None:
        if _LOCKED_NODES[0] and (self._locked or (self.scope is not None and _any_locked(self.scope))):
            after = _synthesized_note(self.host)
            if not self.path:
                raise ValidationError(f"Cannot add children during synthesis{after}")
            raise ValidationError(f'Cannot add children to "{self.path}" during synthesis{after}')
        if child_name in self._children:
            name = self.id or ""
            type_name = _library_class_name(self.host)
            where = type_name if not name else f"{type_name} [{name}]"
            existing = self._children[child_name].node.path
            raise ValidationError(
                f"There is already a Construct with name '{child_name}' in {where}"
                f" (path '{existing}' is taken; choose another id)"
            )
        if not self._int_keys and child_name[0] in _DIGITS and _is_canonical_int(child_name):
            self._int_keys = True
        if self._children is _NO_CHILDREN:
            self._children = {}
        self._children[child_name] = child  # type: ignore[index]

    @property
    def children(self) -> list[Construct]:
        """Direct children, in JS object-key order (integer-like ids first, then insertion order)."""
        if not self._int_keys:
            return list(self._children.values())
        ints = sorted((k for k in self._children if _is_canonical_int(k)), key=int)
        rest = [k for k in self._children if not _is_canonical_int(k)]
        return [self._children[k] for k in ints + rest]

    def _iter_children(self) -> Iterable[Construct]:
        if not self._int_keys:
            return self._children.values()
        return self.children

    def _move_last(self, children: Iterable[Construct]) -> None:
        """Move these direct children (in this order) after the others; those no longer children are skipped."""
        own = self._children
        for c in children:
            cid = c._node.id
            if own.get(cid) is c:
                del own[cid]
                own[cid] = c

    def try_find_child(self, id: str) -> Construct | None:
        """The direct child with this id, or None."""
        return self._children.get(_sanitize_id(id))

    def find_child(self, id: str) -> Construct:
        """The direct child with this id; raises if there is none."""
        c = self.try_find_child(id)
        if c is None:
            raise ValidationError(f"No child with id: '{id}'", self.host)
        return c

    def try_remove_child(self, child_name: str) -> bool:
        """Remove a child; True if it existed."""
        if child_name not in self._children:
            return False
        del self._children[child_name]  # type: ignore[attr-defined]
        return True

    def find_all(self, order: ConstructOrder = ConstructOrder.PREORDER) -> list[Construct]:
        """This construct and all below it, depth first."""
        out: list[Construct] = []
        if order is ConstructOrder.PREORDER:
            stack: list[Construct] = [self.host]
            while stack:
                c = stack.pop()
                out.append(c)
                kids = list(c.node._iter_children())
                kids.reverse()
                stack.extend(kids)
            return out

        def visit(c: Construct) -> None:
            for k in c.node._iter_children():
                visit(k)
            out.append(c)

        visit(self.host)
        return out

    def _walk(self) -> Iterator[Construct]:
        """Pre-order traversal as a generator (no list built)."""
        stack: list[Construct] = [self.host]
        while stack:
            c = stack.pop()
            yield c
            n = c.node
            if n._children:
                kids = list(n._iter_children())
                kids.reverse()
                stack.extend(kids)

    @property
    def default_child(self) -> Construct | None:
        """The child set with the setter, else the child with id ``Resource`` or ``Default``."""
        if self._default_child is not None:
            return self._default_child
        res = self._children.get("Resource")
        dflt = self._children.get("Default")
        if res is not None and dflt is not None:
            raise ValidationError(
                f"Cannot determine default child for {self.path}. "
                'There is both a child with id "Resource" and id "Default"'
            )
        return res if res is not None else dflt

    @default_child.setter
    def default_child(self, value: Construct | None) -> None:
        self._default_child = value

    # -- locking ---------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Forbid adding children to this construct (used during synthesis)."""
        if not self._locked:
            self._locked = True
            _LOCKED_NODES[0] += 1

    def _unlock(self) -> None:
        if self._locked:
            self._locked = False
            _LOCKED_NODES[0] -= 1

    @property
    def locked(self) -> bool:
        """True if this construct or any scope above it is locked."""
        cur: Construct | None = self.host
        while cur is not None:
            if cur.node._locked:
                return True
            cur = cur.node.scope
        return False

    # -- context ---------------------------------------------------------------------------------------
    def set_context(self, key: str, value: object) -> None:
        """Set a context value; must be called before children are added."""
        if self._children:
            names = ",".join(c.node.id for c in self.children)
            raise ValidationError("Cannot set context after children have been added: " + names)
        if self._context is _NO_CONTEXT:
            self._context = {}
        self._context[key] = value  # type: ignore[index]
        CONTEXT_KEYS.add(key)

    def try_get_context(self, key: str) -> Any:
        """The context value for ``key``, looked up through the scopes; None if unset."""
        n: Node | None = self
        while n is not None:
            ctx = n._context
            if ctx is not _NO_CONTEXT and key in ctx:  # most nodes share the empty context
                return ctx[key]
            scope = n.scope
            n = scope._node if scope is not None else None
        return None

    def get_context(self, key: str) -> Any:
        """Like ``try_get_context`` but raises if the key is unset."""
        value = self.try_get_context(key)
        if value is None:
            raise ValidationError(f"No context value present for {key} key", self.host)
        return value

    def get_all_context(self, defaults: dict[str, Any] | None = None) -> dict[str, Any]:
        """All context values visible from here (closer scopes win)."""
        out: dict[str, Any] = dict(defaults or {})
        for c in self.scopes:
            out.update(c.node._context)
        return out

    # -- metadata --------------------------------------------------------------------------------------
    def add_metadata(self, type: str, data: object, options: MetadataOptions | None = None, *,
                     stack_trace: bool | None = None, stack_trace_override: Sequence[str] | None = None,
                     trace_from_function: Callable[..., object] | None = None) -> None:
        """Append a metadata entry (ignored when data is None).

        Args:
            type: the entry's type (e.g. ``aws:cdk:info``).
            data: the entry's value.
            options: a ``MetadataOptions`` (the keywords below, as one object).
            stack_trace: record a stack trace with the entry (pycdk records a placeholder line).
            stack_trace_override: the trace to record instead (``stack_trace`` is then ignored).
            trace_from_function: where tracing begins (a JavaScript notion; ignored).
        """
        if data is None:
            return
        if options is not None:
            stack_trace = stack_trace if stack_trace is not None else getattr(options, "stack_trace", None)
            if stack_trace_override is None:
                stack_trace_override = getattr(options, "stack_trace_override", None)
        trace = None
        if stack_trace_override is not None:
            trace = list(stack_trace_override)
        elif stack_trace:
            trace = ["(stack trace not recorded)"]
        if not isinstance(self._metadata, list):
            self._metadata = []
        self._metadata.append(MetadataEntry(type, data, trace))  # type: ignore[attr-defined]

    @property
    def metadata(self) -> list[MetadataEntry]:
        """The metadata entries of this construct."""
        return list(self._metadata)

    # -- dependencies ----------------------------------------------------------------------------------
    def add_dependency(self, *deps: IDependable) -> None:
        """Make this construct depend on others (resources: DependsOn; stacks: deployment order)."""
        # held as () when none, the lone dependable itself when one (most nodes that have any: no list to
        # keep and traverse), a list from the second on; _listed() reads all three
        held = self._dependencies
        if type(held) is tuple:
            lone = deps[0] if len(deps) == 1 else held
            t = type(lone)
            if t is tuple or t is list:  # none, several, or an exact tuple/list given as the dependable
                self._dependencies = list(deps) if deps else held
            else:
                self._dependencies = lone
            return
        if type(held) is not list:
            self._dependencies = held = [held]
        held.extend(deps)  # type: ignore[attr-defined]

    def remove_dependency(self, *deps: IDependable) -> None:
        """Remove dependencies added with ``add_dependency`` (the very same objects)."""
        held = self._dependencies
        if type(held) is tuple:
            return
        if type(held) is not list:
            self._dependencies = held = [held]
        for dep in deps:
            held[:] = [d for d in held if d is not dep]  # type: ignore[index]

    def with_(self, *mixins: IMixin) -> IConstruct:
        """Apply mixins, in order, to this node's construct and the constructs below it; the construct."""
        from ._mixins import with_mixins

        return with_mixins(self.host, *mixins)

    @property
    def dependencies(self) -> list[Construct]:
        """The constructs this one depends on (dependency groups expanded)."""
        out: list[Construct] = []
        seen: set[int] = set()
        for d in _listed(self._dependencies):
            for root in Dependable.of(d).dependency_roots:
                if id(root) not in seen:
                    seen.add(id(root))
                    out.append(root)  # type: ignore[arg-type]
        return out

    # -- validation ------------------------------------------------------------------------------------
    def add_validation(self, validation: IValidation) -> None:
        """Add an object whose ``validate()`` runs at synthesis."""
        # held like dependencies: () when none, the lone validation itself, a list from the second on
        held = self._validations
        if type(held) is tuple:
            t = type(validation)  # an exact tuple/list would read as the other forms: kept in a list
            self._validations = [validation] if t is tuple or t is list else validation
        elif type(held) is list:
            held.append(validation)
        else:
            self._validations = [held, validation]  # type: ignore[list-item]

    def validate(self) -> list[str]:
        """Run this construct's validations and return the error messages."""
        errors: list[str] = []
        for v in _listed(self._validations):
            errors.extend(v.validate())
        return errors


class Construct:
    """The base of every construct: a node in the construct tree.

    Args:
        scope: the parent construct (None only for a root such as ``App``).
        id: the id, unique among the parent's children. ``/`` is replaced by ``--``.
    """

    def __init__(self, scope: Construct | None, id: str) -> None:
        self._node = Node(self, scope, id)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__.startswith(("l2.", "patterns.")):
            # the L2 and patterns API checks its arguments' types at the call, as aws-cdk-lib does
            from ._private.typecheck import install

            install(cls)

    @property
    def node(self) -> Node:
        """The tree node of this construct."""
        return self._node

    @staticmethod
    def is_construct(x: object) -> bool:
        """True if ``x`` is a construct."""
        return isinstance(x, Construct)

    def to_string(self) -> str:
        """The path, or ``<root>``."""
        return self._node.path or "<root>"

    def with_(self, *mixins: IMixin) -> IConstruct:
        """Apply mixins, in order, to this construct and the constructs below it (each where it is supported); self.

        The constructs are listed once at the start: constructs a mixin adds are not visited.
        """
        from ._mixins import with_mixins

        return with_mixins(self, *mixins)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._node.path or '<root>'}>"


class RootConstruct(Construct):
    """A root construct with an empty id (used in tests)."""

    def __init__(self, id: str = "") -> None:
        super().__init__(None, id)
