"""Frozen, keyword-only value classes ("structs"), the shape of aws-cdk-lib's jsii structs, built by attrs.

``@structs.frozen(kw_only=True)`` makes an ``attrs.frozen(kw_only=True)`` class: typed fields with defaults,
immutable, compared and hashed by value, readable ``repr``, an ``__init__`` with the real keyword arguments.
pycdk declares thousands of struct classes and attrs builds each by compiling generated source (0.5–1 ms a class;
importing attrs costs 20 ms more), so the build is lazy: declaring a struct only records its fields
(``__struct_fields__``) and leaves three placeholders in the class — ``__init__``, ``__attrs_attrs__`` and
``__signature__``. Making an instance gives the class the methods attrs would give it, written without attrs
(``_build_light``: same signature, errors, equality, hash values and repr); ``attrs.has``/``attrs.fields``,
``inspect.signature``, ``evolve`` or ``build`` hand it to attrs, once, and a built struct is an ordinary attrs class
(instances made before stay valid). An app that only makes instances never imports attrs.

Type checkers see the decorators as dataclass transforms (``dataclass_transform``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform, overload

if TYPE_CHECKING:
    from attrs.exceptions import FrozenInstanceError as FrozenInstanceError

_T = TypeVar("_T")
_MISSING: Any = object()
_CLASSVAR_PREFIXES = ("ClassVar", "typing.ClassVar", "t.ClassVar", "typing_extensions.ClassVar")


def __getattr__(name: str) -> Any:
    if name == "FrozenInstanceError":  # attrs' own, without importing attrs before a struct is built
        from attrs.exceptions import FrozenInstanceError

        return FrozenInstanceError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Field:
    """A struct field as declared: its name and default (or default factory), and whether ``__init__`` takes it."""

    __slots__ = ("name", "default", "factory", "init")

    def __init__(
        self, name: str = "", default: Any = _MISSING, factory: Callable[[], Any] | None = None, init: bool = True
    ) -> None:
        self.name: str = name
        self.default: Any = default
        self.factory = factory
        self.init: bool = init

    def __repr__(self) -> str:
        return f"Field(name={self.name!r})"


def field(*, default: Any = _MISSING, factory: Callable[[], Any] | None = None, init: bool = True) -> Any:
    """Declare a field's default value or default factory; ``init=False`` keeps it out of ``__init__``."""
    return Field(default=default, factory=factory, init=init)


def _is_classvar(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return annotation.startswith(_CLASSVAR_PREFIXES)
    return getattr(annotation, "__origin__", annotation) is ClassVar


def _collect_fields(cls: type) -> tuple[Field, ...]:
    """The fields of ``cls``: its bases' struct fields, then its own annotated names (``ClassVar`` excepted); a
    field redeclared by a subclass keeps its base's position."""
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__struct_fields__", ()):
            fields[f.name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if name.startswith("__") or name == "_abc_impl" or _is_classvar(annotation):
            continue
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, Field):
            f = Field(name, value.default, value.factory, value.init)
        else:
            f = Field(name, value)
        if name in cls.__dict__:
            delattr(cls, name)
        fields[name] = f
    return tuple(fields.values())


# -- lazy building --------------------------------------------------------------------------------------------
class _Pending:
    """What a declared, not yet built struct class hands to attrs: its attrs options."""

    __slots__ = ("frozen", "eq", "repr", "hash")

    def __init__(self, frozen: bool, eq: bool, repr: bool, hash: bool | None) -> None:
        self.frozen = frozen
        self.eq = eq
        self.repr = repr
        self.hash = hash


class _LazyAttrs:
    """``__attrs_attrs__`` of an unbuilt struct: reading it (``attrs.has``, ``attrs.fields``, a subclass being
    built) builds the class and answers with the real attributes."""

    def __get__(self, inst: Any, owner: type) -> Any:
        return _pending_owner(owner, "__attrs_attrs__", self).__attrs_attrs__


class _LazySignature:
    """``__signature__`` of an unbuilt struct: ``inspect.signature(cls)`` builds it and reads attrs' ``__init__``."""

    def __get__(self, inst: Any, owner: type) -> Any:
        import inspect

        _pending_owner(owner, "__signature__", self)
        return inspect.signature(owner)


_LAZY_ATTRS = _LazyAttrs()
_LAZY_SIGNATURE = _LazySignature()
_DECLARED: list[type] = []  # declared since the last build_all(), built or not


def _pending_owner(owner: type, name: str, placeholder: Any) -> type:
    """Build the class of ``owner``'s MRO that holds ``placeholder`` (``owner`` itself unless it is an undecorated
    subclass of a struct); return it."""
    for klass in owner.__mro__:
        if klass.__dict__.get(name) is placeholder:
            build(klass)
            return klass
    raise AttributeError(name)  # pragma: no cover - only reachable through a placeholder


def _lazy_init(cls: type) -> Callable[..., None]:
    def __init__(self: Any, **kwargs: Any) -> None:
        if "__struct_pending__" in cls.__dict__ and "__struct_light__" not in cls.__dict__:
            _build_light(cls)
        cls.__init__(self, **kwargs)  # type: ignore[misc]

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


# -- the light build: attrs' methods without attrs ------------------------------------------------------------
class _NothingRepr:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NOTHING"


_NOTHING_REPR = _NothingRepr()
_REPRING: set[int] = set()  # instances whose repr is being written (a struct holding itself shows ``...``)


def _ne(self: Any, other: Any) -> Any:
    result = self.__eq__(other)
    if result is NotImplemented:
        return NotImplemented
    return not result


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    from attrs.exceptions import FrozenInstanceError

    raise FrozenInstanceError


def _frozen_delattr(self: Any, name: str) -> None:
    from attrs.exceptions import FrozenInstanceError

    raise FrozenInstanceError


def _build_light(cls: type) -> None:
    """Give an unbuilt struct class (and its unbuilt struct bases) the methods attrs would give it — the same
    ``__init__`` signature and errors, ``__eq__``/``__ne__``, ``__hash__`` (attrs' very value), ``__repr__``,
    frozen ``__setattr__``/``__delattr__`` — without importing attrs (importing it costs more than a whole small
    app). The class keeps its placeholders: ``attrs.has``/``attrs.fields``, ``inspect.signature`` or ``build``
    still hand it to attrs, which replaces these methods by its own; instances made before stay valid (attrs'
    structs keep their fields in the instance ``__dict__`` too)."""
    for base in cls.__mro__[-2:0:-1]:
        if "__struct_pending__" in base.__dict__ and "__struct_light__" not in base.__dict__:
            _build_light(base)
    pending: _Pending = cls.__dict__["__struct_pending__"]
    fields = cls.__dict__["__struct_fields__"]
    names = tuple(f.name for f in fields)
    qualname = cls.__qualname__
    methods: dict[str, Any] = {}

    # __init__: keyword-only, as attrs writes it (defaults by value, factories called when not given)
    ns: dict[str, Any] = {"_N": _MISSING}
    params: list[str] = []
    body: list[str] = ["    _d = self.__dict__"] if pending.frozen else []
    for i, f in enumerate(fields):
        target = f"_d[{f.name!r}]" if pending.frozen else f"self.{f.name}"
        if f.init:
            if f.factory is not None:
                ns[f"_f{i}"] = f.factory
                params.append(f"{f.name}=_N")
                body.append(f"    {target} = _f{i}() if {f.name} is _N else {f.name}")
            elif f.default is _MISSING:
                params.append(f.name)
                body.append(f"    {target} = {f.name}")
            else:
                ns[f"_d{i}"] = f.default
                params.append(f"{f.name}=_d{i}")
                body.append(f"    {target} = {f.name}")
        elif f.factory is not None:
            ns[f"_f{i}"] = f.factory
            body.append(f"    {target} = _f{i}()")
        elif f.default is not _MISSING:
            ns[f"_d{i}"] = f.default
            body.append(f"    {target} = _d{i}")
    src = f"def __init__(self{', *, ' + ', '.join(params) if params else ''}):\n" + ("\n".join(body) or "    pass")
    from .typecheck import compiled

    exec(compiled(src, f"<struct {cls.__module__}.{qualname}.__init__>", cls.__module__), ns)  # our own field names
    methods["__init__"] = ns["__init__"]

    if pending.eq:
        def __eq__(self: Any, other: Any) -> Any:
            if other.__class__ is not self.__class__:
                return NotImplemented
            result: Any = True
            for n in names:
                result = getattr(self, n) == getattr(other, n)
                if not result:
                    return result
            return result

        methods["__eq__"] = __eq__
        methods["__ne__"] = _ne
    if pending.hash:
        type_hash = hash(f"<attrs generated hash {cls.__module__}.{qualname}>")  # attrs' seed: the same hashes

        def __hash__(self: Any) -> int:
            return hash((type_hash, *[getattr(self, n) for n in names]))

        methods["__hash__"] = __hash__
    elif pending.hash is None and pending.eq and not pending.frozen:
        methods["__hash__"] = None  # compared by value and mutable: unhashable, as attrs makes it
    if pending.repr:
        shown = tuple((f.name, f.init) for f in fields)

        def __repr__(self: Any) -> str:
            key = id(self)
            if key in _REPRING:
                return "..."
            _REPRING.add(key)
            try:
                parts = ", ".join(
                    f"{n}={(getattr(self, n) if init else getattr(self, n, _NOTHING_REPR))!r}" for n, init in shown
                )
                return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({parts})"
            finally:
                _REPRING.discard(key)

        methods["__repr__"] = __repr__
    if pending.frozen:
        methods["__setattr__"] = _frozen_setattr
        methods["__delattr__"] = _frozen_delattr
    saved = {name: cls.__dict__.get(name, _MISSING) for name in methods}
    for name, method in methods.items():
        if method is not None and name not in ("__ne__",) and method is not _frozen_setattr and (
            method is not _frozen_delattr
        ):
            method.__qualname__ = f"{qualname}.{name}"
            method.__module__ = cls.__module__
        setattr(cls, name, method)
    cls.__struct_light__ = saved  # type: ignore[attr-defined]
    _typecheck(cls, fields, hasattr(saved["__init__"], "__typecheck__"))


def build(cls: type) -> type:
    """Hand a declared struct class (and its struct bases) to attrs now; nothing to do once it is built."""
    pending = cls.__dict__.get("__struct_pending__")
    if pending is None:
        return cls
    for base in cls.__mro__[-2:0:-1]:
        if "__struct_pending__" in base.__dict__:
            build(base)
    import attrs

    checked = hasattr(cls.__dict__["__init__"], "__typecheck__")  # install_struct wrapped the placeholder
    light = cls.__dict__.get("__struct_light__")
    if light is not None:  # attrs builds the class as it was declared: the light build's methods go
        delattr(cls, "__struct_light__")
        for name, original in light.items():
            if name == "__init__":
                continue
            if original is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, original)
    for name in ("__struct_pending__", "__init__", "__attrs_attrs__", "__signature__"):
        delattr(cls, name)
    fields = cls.__dict__["__struct_fields__"]
    order = {f.name: i for i, f in enumerate(fields)}
    inherited = {a.name for base in cls.__mro__[1:] for a in base.__dict__.get("__attrs_attrs__", ())}
    annotations = cls.__dict__.get("__annotations__", {})
    these: dict[str, Any] = {}
    for f in fields:
        if f.name in inherited and f.name not in annotations:
            continue
        default = attrs.Factory(f.factory) if f.factory is not None else (
            attrs.NOTHING if f.default is _MISSING else f.default
        )
        these[f.name] = attrs.field(default=default, init=f.init, alias=f.name)

    def in_declared_order(_cls: type, attributes: list[Any]) -> list[Any]:
        return sorted(attributes, key=lambda a: order[a.name])

    attrs.define(
        cls,
        these=these,
        frozen=pending.frozen,
        kw_only=True,
        slots=False,
        weakref_slot=False,
        eq=pending.eq,
        order=False,
        repr=pending.repr,
        unsafe_hash=pending.hash,
        init=True,
        match_args=False,
        auto_detect=False,
        getstate_setstate=False,
        field_transformer=in_declared_order,
    )
    _typecheck(cls, fields, checked)
    return cls


def build_all() -> int:
    """Build every struct class declared so far (a process that forks many short-lived children, such as the
    golden apps' fork server, builds them once in the parent instead of once per child); return how many."""
    declared, _DECLARED[:] = list(_DECLARED), []
    pending = [c for c in declared if "__struct_pending__" in c.__dict__]
    for c in pending:
        build(c)
    return len(pending)


def _typecheck(cls: type, fields: tuple[Field, ...], checked: bool) -> None:
    """Structs of the L2 and patterns API check their arguments' types, as aws-cdk-lib's do (and so does any struct
    whose placeholder ``__init__`` was given the checks)."""
    if checked or cls.__module__.startswith(("l2.", "patterns.")):
        from .typecheck import install_struct

        install_struct(cls, fields)


def _declare(c: type[_T], frozen: bool) -> type[_T]:
    fields = _collect_fields(c)
    own = c.__dict__
    eq = "__eq__" not in own
    if frozen:  # a frozen struct is hashable unless it brings its own __hash__
        hash_: bool | None = own.get("__hash__") is None
    else:
        hash_ = None if eq else False  # a mutable struct compared by value is unhashable
    c.__struct_fields__ = fields  # type: ignore[attr-defined]
    c.__struct_pending__ = _Pending(frozen, eq, "__repr__" not in own, hash_)  # type: ignore[attr-defined]
    c.__init__ = _lazy_init(c)  # type: ignore[misc]
    c.__attrs_attrs__ = _LAZY_ATTRS  # type: ignore[attr-defined]
    c.__signature__ = _LAZY_SIGNATURE  # type: ignore[attr-defined]
    c.__match_args__ = tuple(f.name for f in fields)  # type: ignore[attr-defined]
    _DECLARED.append(c)
    return c


@overload
def frozen(cls: type[_T], /) -> type[_T]: ...


@overload
def frozen(*, kw_only: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field, Field))
def frozen(cls: Any = None, /, *, kw_only: bool = True) -> Any:
    """Make ``cls`` a frozen, keyword-only attrs struct (use as ``@frozen`` or ``@frozen(kw_only=True)``)."""

    def wrap(c: type[_T]) -> type[_T]:
        return _declare(c, frozen=True)

    return wrap(cls) if cls is not None else wrap


@dataclass_transform(kw_only_default=True, field_specifiers=(field, Field))
def define(cls: Any = None, /, *, kw_only: bool = True) -> Any:
    """Make ``cls`` a mutable keyword-only attrs struct (compared by value, not hashable)."""

    def wrap(c: type[_T]) -> type[_T]:
        return _declare(c, frozen=False)

    return wrap(cls) if cls is not None else wrap


def has(cls: type) -> bool:
    """True for struct classes (built or not)."""
    return isinstance(cls, type) and hasattr(cls, "__struct_fields__")


def fields(cls: type) -> tuple[Field, ...]:
    """The fields of a struct class, in declaration order (base classes first); reading them builds nothing."""
    if not has(cls):
        raise TypeError(f"{cls!r} is not a struct class")
    return cls.__struct_fields__  # type: ignore[attr-defined,no-any-return]


def evolve(inst: _T, **changes: Any) -> _T:
    """A copy of ``inst`` with some fields changed (``attrs.evolve``)."""
    import attrs

    return attrs.evolve(inst, **changes)


def asdict(inst: Any, *, recurse: bool = True) -> dict[str, Any]:
    """The fields of ``inst`` as a dict (nested structs, lists, tuples and mappings converted too)."""
    out: dict[str, Any] = {}
    for f in fields(type(inst)):
        value = getattr(inst, f.name)
        out[f.name] = _convert(value) if recurse else value
    return out


def _convert(value: Any) -> Any:
    if has(type(value)):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(v) for v in value)
    if isinstance(value, Mapping):
        return {k: _convert(v) for k, v in value.items()}
    return value
