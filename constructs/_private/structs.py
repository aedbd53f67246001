"""Frozen, keyword-only value classes ("structs"), the shape of aws-cdk-lib's jsii structs.

They behave like ``attrs.frozen(kw_only=True)`` classes — typed fields with defaults, immutable, compared and
hashed by value, readable ``repr`` — but are cheap to define: attrs builds each class by compiling generated
source (about 0.5 ms a class, and importing attrs costs 20 ms), which added tens of milliseconds to
``from l2 import s3``. Type checkers see them as dataclasses (``dataclass_transform``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")
_MISSING: Any = object()


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen struct is assigned."""


class Field:
    """A struct field: its name and default (or default factory)."""

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


def _collect_fields(cls: type) -> tuple[Field, ...]:
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__struct_fields__", ()):
            fields[f.name] = f
    for name in cls.__dict__.get("__annotations__", {}):
        if name.startswith("__") or name in ("_abc_impl",):
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


def _make_init(cls: type, fields: tuple[Field, ...]) -> Callable[..., None]:
    names = frozenset(f.name for f in fields if f.init)
    defaults = {f.name: f.default for f in fields if f.factory is None and f.default is not _MISSING}
    factories = [f for f in fields if f.factory is not None]
    required = [f.name for f in fields if f.factory is None and f.default is _MISSING]
    setter = object.__setattr__  # works for frozen and mutable structs alike
    # values go straight into the instance dict unless a field is a descriptor or the class has slots
    direct = not any(hasattr(type(getattr(cls, f.name, None)), "__set__") for f in fields) and all(
        "__slots__" not in base.__dict__ for base in cls.__mro__[:-1]
    )

    def __init__(self: Any, **kwargs: Any) -> None:
        for name in required:
            if name not in kwargs or name not in names:
                raise TypeError(f"{type(self).__name__}() missing 1 required keyword-only argument: '{name}'")
        if not names.issuperset(kwargs):
            unknown = next(k for k in kwargs if k not in names)
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument '{unknown}'")
        values = {**defaults, **kwargs}
        for f in factories:
            if f.name not in kwargs:
                values[f.name] = f.factory()  # type: ignore[misc]
        if direct:
            self.__dict__.update(values)
        else:
            for name, value in values.items():
                setter(self, name, value)
        post = getattr(self, "__attrs_post_init__", None)
        if post is not None:
            post()

    return __init__


def _typecheck(cls: type, fields: tuple[Field, ...]) -> None:
    """Structs of the L2 and patterns API check their arguments' types, as aws-cdk-lib's do."""
    if cls.__module__.startswith(("l2.", "patterns.")):
        from .typecheck import install_struct

        install_struct(cls, fields)


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"{type(self).__qualname__} is frozen: cannot assign {name!r}")


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, f.name) for f in type(self).__struct_fields__)


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _ne(self: Any, other: Any) -> Any:
    result = _eq(self, other)
    return result if result is NotImplemented else not result


def _hash(self: Any) -> int:
    return hash((type(self), _values(self)))


def _repr(self: Any) -> str:
    inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in type(self).__struct_fields__)
    return f"{type(self).__qualname__}({inner})"


@overload
def frozen(cls: type[_T], /) -> type[_T]: ...


@overload
def frozen(*, kw_only: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field, Field))
def frozen(cls: Any = None, /, *, kw_only: bool = True) -> Any:
    """Make ``cls`` a frozen, keyword-only struct (use as ``@frozen`` or ``@frozen(kw_only=True)``)."""

    def wrap(c: type[_T]) -> type[_T]:
        fields = _collect_fields(c)
        c.__struct_fields__ = fields  # type: ignore[attr-defined]
        c.__init__ = _make_init(c, fields)  # type: ignore[misc]
        _typecheck(c, fields)
        c.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        c.__delattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        if "__eq__" not in c.__dict__:
            c.__eq__ = _eq  # type: ignore[method-assign,assignment]
            c.__ne__ = _ne  # type: ignore[method-assign,assignment]
        if "__hash__" not in c.__dict__ or c.__dict__["__hash__"] is None:
            c.__hash__ = _hash  # type: ignore[method-assign,assignment]
        if "__repr__" not in c.__dict__:
            c.__repr__ = _repr  # type: ignore[method-assign,assignment]
        c.__match_args__ = tuple(f.name for f in fields)  # type: ignore[attr-defined]
        return c

    return wrap(cls) if cls is not None else wrap


@dataclass_transform(kw_only_default=True, field_specifiers=(field, Field))
def define(cls: Any = None, /, *, kw_only: bool = True) -> Any:
    """Make ``cls`` a mutable keyword-only struct (compared by value, not hashable)."""

    def wrap(c: type[_T]) -> type[_T]:
        fields = _collect_fields(c)
        c.__struct_fields__ = fields  # type: ignore[attr-defined]
        c.__init__ = _make_init(c, fields)  # type: ignore[misc]
        _typecheck(c, fields)
        if "__eq__" not in c.__dict__:
            c.__eq__ = _eq  # type: ignore[method-assign,assignment]
            c.__ne__ = _ne  # type: ignore[method-assign,assignment]
            c.__hash__ = None  # type: ignore[assignment]
        if "__repr__" not in c.__dict__:
            c.__repr__ = _repr  # type: ignore[method-assign,assignment]
        return c

    return wrap(cls) if cls is not None else wrap


def has(cls: type) -> bool:
    """True for struct classes."""
    return isinstance(cls, type) and hasattr(cls, "__struct_fields__")


def fields(cls: type) -> tuple[Field, ...]:
    """The fields of a struct class, in declaration order (base classes first)."""
    if not has(cls):
        raise TypeError(f"{cls!r} is not a struct class")
    return cls.__struct_fields__  # type: ignore[attr-defined,no-any-return]


def evolve(inst: _T, **changes: Any) -> _T:
    """A copy of ``inst`` with some fields changed."""
    values = {f.name: getattr(inst, f.name) for f in fields(type(inst))}
    values.update(changes)
    return type(inst)(**values)


def asdict(inst: Any, *, recurse: bool = True) -> dict[str, Any]:
    """The fields of ``inst`` as a dict (nested structs, lists and dicts converted too)."""
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
