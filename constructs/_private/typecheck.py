"""Argument type checks derived from type hints, for the public API of ``l2`` and ``patterns``.

aws-cdk-lib's Python classes check every argument at the call (jsii's typeguard), so a wrong type — a string
``"false"`` where a ``bool`` is expected, ``30`` where a ``Duration`` is — fails where it is written instead of
turning into a wrong template. pycdk does the same from its own type hints:

- ``install(cls)`` (called by ``Construct.__init_subclass__`` for classes defined in ``l2``/``patterns``)
  replaces ``__init__`` and each public method, static method and class method defined on ``cls`` by a stub;
  ``install_struct(cls)`` does the same for the ``__init__`` of a struct class (``structs.frozen``/``define``).
  Defining a class costs one closure per method: nothing is resolved at import.
- On its first call a stub resolves the method's annotations (each one on its own, in the method's module: a
  name that is only imported under ``TYPE_CHECKING`` leaves that one argument unchecked), generates a function
  with the method's own signature whose body checks each annotated argument with an inline expression, puts
  it on the class in place of the stub and calls it. Keyword arguments with defaults (most of an L2
  constructor's) arrive as one ``**kwargs`` dict that is passed on unchanged, so a call costs a check per
  argument actually given: an inline ``isinstance`` (or a cached protocol test) for positional and required
  ones, a table lookup and a predicate call for the keyword ones. ``__wrapped__`` keeps ``inspect.signature``.

What an annotation accepts:

- ``bool``: only ``True``/``False`` (not ``0``/``1``, as jsii refuses them too).
- ``int`` and ``float``: any ``int`` or ``float`` but not a ``bool`` (jsii numbers are one type; numeric
  tokens from ``Token.as_number`` are floats).
- ``str``: strings, including strings that hold tokens. A list token (``Token.as_list``) is a list of strings.
- classes and enums: ``isinstance`` (an enum argument must be a member of that enum, never its value). A
  struct class also accepts a mapping of its fields, as jsii does; given for an argument annotated ``S`` or
  ``S | None``, the mapping is turned into the struct (``S(**mapping)``) before the method runs.
- a name imported only under ``TYPE_CHECKING`` (an interface of another service, e.g. ``IGrantable``) is looked
  up in ``sys.modules`` at the first check after its module is loaded; before that, nothing is refused.
- protocols (``typing.Protocol`` interfaces such as ``IBucket``): structural — every attribute and method the
  protocol declares must exist on the value's class or in its instance ``__dict__``; properties are never
  evaluated. A class that passed once is remembered, so the test runs once per class. Builtin scalars and
  containers never satisfy a protocol. Members a protocol lists in ``__optional_members__`` are not required
  (``constructs/_private/protocols.py``).
- ``X | None``/``Optional``, unions, ``Literal[...]``, ``Sequence[X]``/``list[X]``/``tuple[X, ...]`` (a list or
  tuple, never a string), ``Mapping[K, V]``/``dict``, ``Iterable``, ``Callable``, ``type[X]``: as they read;
  elements of containers up to ``_MAX_ELEMENTS`` long are checked too.
- ``Any``, ``object``, type variables and unannotated arguments are not checked; nor is an argument left at
  (or given) its default object.

A wrong argument raises ``TypeError`` naming the method, the argument, the expected type (as written in the
hint) and what was given, with the construct path when one is known.
"""

from __future__ import annotations

import builtins
import collections.abc as abc
import enum
import re
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

_MISSING: Any = object()
_MAX_ELEMENTS = 1000  # containers longer than this are checked for their own type only
_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08
_UNCHECKED_TEXT = frozenset({"Any", "typing.Any", "object", "None"})
_SCALARS = (str, bytes, int, float, bool, type(None), list, tuple, dict, set, frozenset)
_NUMBER = (int, float)
_SEQUENCE_ORIGINS = frozenset({list, tuple, abc.Sequence, abc.MutableSequence})
_MAPPING_ORIGINS = frozenset({dict, abc.Mapping, abc.MutableMapping})
_SET_ORIGINS = frozenset({set, frozenset, abc.Set, abc.MutableSet})
_ITERABLE_ORIGINS = frozenset({abc.Iterable, abc.Collection, abc.Iterator})

Predicate = Callable[[Any], bool]


# -- installing -----------------------------------------------------------------------------------------
def install(cls: type) -> None:
    """Check the arguments of ``cls.__init__`` and of the public methods ``cls`` defines, from their hints.

    Private classes (``_Name``) are not public API: their callers are pycdk's own checked code (a few record
    analytics metadata as aws-cdk-lib's private classes do: ``analytics_metadata.install_private``).
    """
    if cls.__name__[0] == "_":
        if hasattr(cls, "node"):
            from .analytics_metadata import install_private

            install_private(cls)
        return
    stubs: dict[int, Any] = {}  # an alias (``b = a`` in the class body) gets the same stub, and stays ``is a``
    for name, attr in list(cls.__dict__.items()):
        if name[0] == "_" and name != "__init__":
            continue
        if isinstance(attr, types.FunctionType):
            kind: Any = None
            func = attr
        elif isinstance(attr, staticmethod):
            kind, func = staticmethod, attr.__func__
        elif isinstance(attr, classmethod):
            kind, func = classmethod, attr.__func__
        else:
            continue
        if id(attr) in stubs:
            names, wrapped = stubs[id(attr)]
            names.append(name)
            setattr(cls, name, wrapped)
            continue
        if type(func) is not types.FunctionType or "__typecheck__" in func.__dict__ or not _worth_checking(func):
            continue
        names = [name]
        stub = _lazy(cls, names, func, kind)
        wrapped = stub if kind is None else kind(stub)
        stubs[id(attr)] = (names, wrapped)
        setattr(cls, name, wrapped)


def install_struct(cls: type, fields: tuple[Any, ...]) -> None:
    """Check the keyword arguments of a struct class's ``__init__`` against its fields' annotations."""
    init = cls.__dict__["__init__"]
    annotations: dict[str, Any] = {}
    for base in reversed(cls.__mro__[:-1]):
        annotations.update(base.__dict__.get("__annotations__", {}))
    wanted = {f.name for f in fields if f.init}
    if not any(n in wanted and not _unchecked_text(a) for n, a in annotations.items()):
        return

    def first_call(self: Any, **kwargs: Any) -> None:
        checked = _compile_struct(cls, init, fields)
        cls.__init__ = checked  # type: ignore[misc]
        checked(self, **kwargs)

    _mark(first_call, init)
    cls.__init__ = first_call  # type: ignore[misc]


def _worth_checking(func: types.FunctionType) -> bool:
    for name, ann in func.__annotations__.items():
        if name != "return" and not _unchecked_text(ann):
            return True
    return False


def _unchecked_text(ann: Any) -> bool:
    return ann is Any or ann is object or (isinstance(ann, str) and ann in _UNCHECKED_TEXT)


def _mark(wrapper: Any, func: Any) -> None:
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__module__ = func.__module__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    wrapper.__typecheck__ = True


def _lazy(cls: type, names: list[str], func: types.FunctionType, kind: Any) -> Callable[..., Any]:
    def first_call(*args: Any, **kwargs: Any) -> Any:
        # a construct's constructor also records its props as analytics metadata when the flag is on
        checked = _compile(func, cls, kind is None and func.__name__ == "__init__" and hasattr(cls, "node"))
        wrapped = checked if kind is None else kind(checked)
        for name in names:
            setattr(cls, name, wrapped)
        return checked(*args, **kwargs)

    _mark(first_call, func)
    return first_call


# -- resolving annotations ------------------------------------------------------------------------------
class _Deferred:
    """A name only imported under ``TYPE_CHECKING`` (``from l2.iam import IGrantable``): resolved once its module
    is loaded. Until then no value can be an instance of a class from it, so the check accepts everything."""

    def __init__(self, module: str, attr: str) -> None:
        self.module = module
        self.attr = attr


_TC_BLOCK = re.compile(r"^if TYPE_CHECKING:[ \t]*(?:#[^\n]*)?\n((?:[ \t]+\S.*\n|[ \t]*\n)+)", re.M)
_TC_FROM = re.compile(r"from\s+(\.*[\w.]*)\s+import\s+(?:\(([^)]*)\)|([^\n(]+))")
_TC_NAMES: dict[str, dict[str, _Deferred]] = {}


def _type_checking_names(globalns: dict[str, Any]) -> dict[str, _Deferred]:
    """The names a module imports under ``if TYPE_CHECKING:`` (read from its source once per module, and kept
    with its checks' code for as long as the source file's size and time stay the same)."""
    module = globalns.get("__name__", "")
    found = _TC_NAMES.get(module)
    if found is not None:
        return found
    path = globalns.get("__file__")
    package = globalns.get("__package__") or ""
    key = None
    if isinstance(path, str):
        import os

        try:
            st = os.stat(path)
            key = f"<type-checking names>\n{path}\n{st.st_mtime_ns}\n{st.st_size}"
        except OSError:
            pass
    names = (_kept(module, key, lambda: _read_type_checking_names(path, package), tuple) if key is not None
             else _read_type_checking_names(path, package))
    found = {name: _Deferred(origin, attr) for name, origin, attr in names}
    _TC_NAMES[module] = found
    return found


def _read_type_checking_names(path: Any, package: str) -> tuple[tuple[str, str, str], ...]:
    """(name, module, attribute) of each import in the ``if TYPE_CHECKING:`` blocks of the source at ``path``."""
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, TypeError):
        source = ""
    out: list[tuple[str, str, str]] = []
    for block in _TC_BLOCK.finditer(source):
        for m in _TC_FROM.finditer(block.group(1)):
            origin = m.group(1)
            if origin.startswith("."):
                dots = len(origin) - len(origin.lstrip("."))
                base = package.rsplit(".", dots - 1)[0] if dots > 1 else package
                origin = f"{base}.{origin[dots:]}" if origin[dots:] else base
            for item in (m.group(2) or m.group(3)).split(","):
                parts = item.split()
                if len(parts) == 1:
                    out.append((parts[0], origin, parts[0]))
                elif len(parts) == 3 and parts[1] == "as":
                    out.append((parts[2], origin, parts[0]))
    return tuple(out)


class _ClassScope(dict):  # type: ignore[type-arg]
    """The local names of a method's annotations: its class, and the classes defined in the class body (looked
    up when an annotation names one: most classes define none, a few hold dozens of other attributes)."""

    def __init__(self, cls: type) -> None:
        super().__init__({cls.__name__: cls})
        self.owner = cls


class _LazyNamespace(dict):  # type: ignore[type-arg]
    """Locals for ``eval``: a name missing from the module is looked up among its ``TYPE_CHECKING`` imports
    (after the classes of the method's class body, which come before the module's names)."""

    def __init__(self, globalns: dict[str, Any], localns: dict[str, Any]) -> None:
        super().__init__(localns)
        self.globalns = globalns
        self.owner: type | None = getattr(localns, "owner", None)

    def __missing__(self, key: str) -> Any:
        owner = self.owner
        if owner is not None:
            nested = owner.__dict__.get(key)
            if isinstance(nested, type):
                return nested
        if key in self.globalns or hasattr(builtins, key):
            raise KeyError(key)
        deferred = _type_checking_names(self.globalns).get(key)
        if deferred is None:
            raise KeyError(key)
        module = sys.modules.get(deferred.module)
        if module is not None and hasattr(module, deferred.attr):
            return getattr(module, deferred.attr)
        return _DeferredType(deferred)


class _DeferredType:
    """Stands for a class of a module not loaded yet; ``X | None`` and subscripts keep it in the annotation."""

    def __init__(self, deferred: _Deferred) -> None:
        self.deferred = deferred

    def __or__(self, other: Any) -> Any:
        return typing.Union[self, other]  # noqa: UP007 - not a class: ``|`` is not available

    def __ror__(self, other: Any) -> Any:
        return typing.Union[other, self]  # noqa: UP007

    def __call__(self, *args: Any, **kwargs: Any) -> Any:  # typing.Union wants callables
        raise TypeError(f"{self.deferred.module}.{self.deferred.attr} is not loaded")


def _resolve(ann: Any, globalns: dict[str, Any], localns: dict[str, Any]) -> Any:
    """The annotation as an object, or ``Any`` when it cannot be resolved at run time."""
    if isinstance(ann, typing.ForwardRef):
        ann = ann.__forward_arg__
    if isinstance(ann, str):
        try:
            # annotations of our own modules; their compiled code is kept with the module's checks
            code = compiled(ann, "<annotation>", globalns.get("__name__") or "", "eval")
            return eval(code, globalns, _LazyNamespace(globalns, localns))
        except Exception:
            return Any
    return ann


def _describe(ann: Any) -> str:
    if isinstance(ann, str):
        return ann
    if isinstance(ann, type):
        return ann.__qualname__
    return repr(ann).replace("typing.", "").replace("collections.abc.", "")


# -- predicates -----------------------------------------------------------------------------------------
class _Builder:
    """Turns resolved annotations into predicates (``None`` means: anything is accepted)."""

    def __init__(self, globalns: dict[str, Any], localns: dict[str, Any]) -> None:
        self.globalns = globalns
        self.localns = localns

    def pred(self, tp: Any) -> Predicate | None:
        if isinstance(tp, (str, typing.ForwardRef)):
            tp = _resolve(tp, self.globalns, self.localns)
        if tp is Any or tp is object or isinstance(tp, typing.TypeVar):
            return None
        if isinstance(tp, _DeferredType):
            return _deferred(tp.deferred, self)
        if tp is None or tp is type(None):
            return _is_none
        if tp is bool:
            return _is_bool
        if tp is int or tp is float or tp is complex:
            return _is_number
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Union or origin is types.UnionType:
            return self._union(args)
        if origin is typing.Literal:
            return _literal(args)
        if origin is typing.Annotated:
            return self.pred(args[0])
        if origin is typing.ClassVar or origin is typing.Final:
            return self.pred(args[0]) if args else None
        if origin is not None:
            return self._generic(origin, args)
        if isinstance(tp, type):
            if getattr(tp, "_is_protocol", False):
                return _protocol(tp)
            if tp in _SEQUENCE_ORIGINS or tp in _MAPPING_ORIGINS or tp in _SET_ORIGINS or tp in _ITERABLE_ORIGINS:
                return self._generic(tp, ())
            if tp is abc.Callable:
                return callable
            if "__struct_fields__" in tp.__dict__:
                return _instance_of((tp, dict, abc.Mapping))  # a struct may be given as a dict, as in jsii
            return _instance_of(tp)
        if tp is typing.Callable:
            return callable
        return None

    def _union(self, args: tuple[Any, ...]) -> Predicate | None:
        rest = tuple(a for a in args if a is not None and a is not type(None))
        if len(rest) < len(args) and rest:  # X | None: None first, then X
            inner = self._union(rest) if len(rest) > 1 else self.pred(rest[0])
            if inner is None:
                return None
            cls = getattr(inner, "_tc_class", None)
            if cls is not None and inner is not _is_bool and inner is not _is_number:
                return _instance_of_tuple((*(cls if isinstance(cls, tuple) else (cls,)), type(None)))
            return _optional(inner)
        preds = []
        for a in args:
            p = self.pred(a)
            if p is None:
                return None
            preds.append(p)
        classes = [getattr(p, "_tc_class", None) for p in preds]
        if all(c is not None for c in classes):
            tup = tuple(classes)
            return _instance_of_tuple(tup)
        plain = tuple(c for c in classes if c is not None)
        others = [p for p, c in zip(preds, classes, strict=True) if c is None]
        if plain:
            others.insert(0, _instance_of_tuple(plain))

        if len(others) == 1:
            return others[0]
        if len(others) == 2:
            first, second = others
            if plain and getattr(first, "_tc_class", None) is plain:
                # classes and one other check (``str | IResolvable``): an inline isinstance first
                def union_of_classes_and_one(v: Any) -> bool:
                    return isinstance(v, plain) or second(v)

                union_of_classes_and_one._tc_plain_part = (plain, second)  # type: ignore[attr-defined]
                return union_of_classes_and_one

            def union_of_two(v: Any) -> bool:
                return first(v) or second(v)

            return union_of_two

        def union(v: Any) -> bool:
            for p in others:
                if p(v):
                    return True
            return False

        return union

    def _generic(self, origin: Any, args: tuple[Any, ...]) -> Predicate | None:
        if origin in _SEQUENCE_ORIGINS:
            if origin is tuple and len(args) >= 1 and args[-1] is not Ellipsis:
                elems = [self.pred(a) for a in args]
                return _fixed_tuple(elems)
            return _sequence(self.pred(args[0]) if args else None)
        if origin in _MAPPING_ORIGINS:
            return _mapping(
                self.pred(args[0]) if args else None, self.pred(args[1]) if len(args) > 1 else None
            )
        if origin in _SET_ORIGINS:
            return _collection((set, frozenset, abc.Set), self.pred(args[0]) if args else None)
        if origin in _ITERABLE_ORIGINS:
            return _iterable(self.pred(args[0]) if args else None)
        if origin is abc.Callable:
            return callable
        if origin is type:
            return _is_type
        if isinstance(origin, type):
            return _instance_of(origin)
        return None


def _deferred(deferred: _Deferred, builder: _Builder) -> Predicate:
    state: list[Predicate | None] = []

    def deferred_check(v: Any) -> bool:
        if not state:
            module = sys.modules.get(deferred.module)
            if module is None or not hasattr(module, deferred.attr):
                return True  # nothing can be an instance of a class that is not loaded yet
            state.append(builder.pred(getattr(module, deferred.attr)))
        p = state[0]
        return p is None or p(v)

    return deferred_check


def _optional(inner: Predicate) -> Predicate:
    def optional(v: Any) -> bool:
        return v is None or inner(v)

    optional._tc_optional = inner  # type: ignore[attr-defined]
    return optional


def _is_none(v: Any) -> bool:
    return v is None


def _is_bool(v: Any) -> bool:
    return v is True or v is False


def _is_number(v: Any) -> bool:
    return isinstance(v, _NUMBER) and v.__class__ is not bool


_is_bool._tc_class = bool  # type: ignore[attr-defined]
_is_number._tc_class = float  # type: ignore[attr-defined]
_is_none._tc_class = type(None)  # type: ignore[attr-defined]


def _is_type(v: Any) -> bool:
    return isinstance(v, type)


def _instance_of(cls: type | tuple[type, ...]) -> Predicate:
    def instance_of(v: Any) -> bool:
        return isinstance(v, cls)

    instance_of._tc_class = cls  # type: ignore[attr-defined]
    instance_of._tc_plain = cls  # type: ignore[attr-defined]
    return instance_of


def _instance_of_tuple(classes: tuple[Any, ...]) -> Predicate:
    # bool/int/float keep their special rules inside a union
    if bool in classes or int in classes or float in classes:
        special = [c for c in classes if c in (bool, int, float)]
        rest = tuple(c for c in classes if c not in (bool, int, float))
        numbers = int in special or float in special
        booleans = bool in special

        def mixed(v: Any) -> bool:
            if v is True or v is False:
                return booleans or (bool in rest)
            if numbers and isinstance(v, _NUMBER):
                return True
            return isinstance(v, rest) if rest else False

        return mixed

    def any_of(v: Any) -> bool:
        return isinstance(v, classes)

    any_of._tc_class = classes  # type: ignore[attr-defined]
    any_of._tc_plain = classes  # type: ignore[attr-defined]
    return any_of


def _literal(values: tuple[Any, ...]) -> Predicate:
    def literal(v: Any) -> bool:
        return any(v is x or (v.__class__ is x.__class__ and v == x) for x in values)

    return literal


def _sequence(elem: Predicate | None) -> Predicate:
    plain = getattr(elem, "_tc_plain", None)
    if plain is not None:
        # elements checked by a plain isinstance (lists of strings, of statements...): no call per element
        def sequence_of_instances(v: Any) -> bool:
            if not isinstance(v, (list, tuple)):
                if isinstance(v, (str, bytes)) or not isinstance(v, abc.Sequence):
                    return False
            if len(v) > _MAX_ELEMENTS:
                return True
            for x in v:
                if not isinstance(x, plain):
                    return False
            return True

        return sequence_of_instances

    part = getattr(elem, "_tc_plain_part", None)
    if part is not None:
        classes, rest = part

        # elements of a union of classes and one other check (``Sequence[str | IResolvable]``)
        def sequence_of_union(v: Any) -> bool:
            if not isinstance(v, (list, tuple)):
                if isinstance(v, (str, bytes)) or not isinstance(v, abc.Sequence):
                    return False
            if len(v) > _MAX_ELEMENTS:
                return True
            for x in v:
                if not isinstance(x, classes) and not rest(x):
                    return False
            return True

        return sequence_of_union

    def sequence(v: Any) -> bool:
        if not isinstance(v, (list, tuple)):
            if isinstance(v, (str, bytes)) or not isinstance(v, abc.Sequence):
                return False
        if elem is None or len(v) > _MAX_ELEMENTS:
            return True
        for x in v:
            if not elem(x):
                return False
        return True

    return sequence


def _fixed_tuple(elems: list[Predicate | None]) -> Predicate:
    def fixed_tuple(v: Any) -> bool:
        if not isinstance(v, (list, tuple)) or len(v) != len(elems):
            return False
        return all(p is None or p(x) for p, x in zip(elems, v, strict=True))

    return fixed_tuple


def _mapping(key: Predicate | None, value: Predicate | None) -> Predicate:
    def mapping(v: Any) -> bool:
        if not isinstance(v, abc.Mapping):
            return False
        if (key is None and value is None) or len(v) > _MAX_ELEMENTS:
            return True
        return all((key is None or key(k)) and (value is None or value(x)) for k, x in v.items())

    return mapping


def _collection(classes: tuple[Any, ...], elem: Predicate | None) -> Predicate:
    def collection(v: Any) -> bool:
        if not isinstance(v, classes):
            return False
        if elem is None or len(v) > _MAX_ELEMENTS:
            return True
        return all(elem(x) for x in v)

    return collection


def _iterable(elem: Predicate | None) -> Predicate:
    def iterable(v: Any) -> bool:
        if isinstance(v, (str, bytes)) or not isinstance(v, abc.Iterable):
            return False
        if elem is None or not isinstance(v, (list, tuple, set, frozenset)) or len(v) > _MAX_ELEMENTS:
            return True
        return all(elem(x) for x in v)

    return iterable


def _protocol_members(proto: type) -> tuple[str, ...]:
    from .protocols import optional_members

    optional = optional_members(proto)
    names: dict[str, None] = {}
    for base in proto.__mro__[:-1]:
        if base is typing.Protocol or base is typing.Generic or base.__module__ == "typing":
            continue
        for name in (*base.__dict__, *base.__dict__.get("__annotations__", {})):
            if not name.startswith("_") and name not in optional:
                names[name] = None
    return tuple(names)


_PROTOCOL_CHECKS: dict[type, Predicate] = {}


def _protocol(proto: type) -> Predicate:
    """Structural: every member the protocol declares is on the value's class or in its ``__dict__``."""
    cached = _PROTOCOL_CHECKS.get(proto)
    if cached is not None:
        return cached
    members = _protocol_members(proto)
    conforming: set[type] = set()

    def implements(v: Any) -> bool:
        t = v.__class__
        if t in conforming:
            return True
        if t in _SCALARS:
            return False
        if proto in t.__mro__ or hasattr(t, "__getattr__"):  # nominal, or attributes we cannot list
            conforming.add(t)
            return True
        own = getattr(v, "__dict__", None) or {}
        for name in members:
            if name in own:
                continue
            if not any(name in k.__dict__ or name in getattr(k, "__slots__", ()) for k in t.__mro__):
                return False
        conforming.add(t)
        return True

    _PROTOCOL_CHECKS[proto] = implements
    return implements


# -- failing --------------------------------------------------------------------------------------------
def _short(v: Any) -> str:
    try:
        text = repr(v)
    except Exception:
        text = object.__repr__(v)
    return text if len(text) <= 80 else text[:77] + "..."


def _where(args: tuple[Any, ...]) -> str:
    """The construct path: of ``self`` (a method), or of ``scope``/``id`` (a constructor)."""
    try:
        first = args[0] if args else None
        node = getattr(first, "_node", None) if first is not None else None
        if node is not None and getattr(node, "path", None):
            return f" (construct path: {node.path})"
        if len(args) >= 3 and isinstance(args[2], str) and getattr(args[1], "_node", None) is not None:
            parent = args[1]._node.path
            return f" (construct path: {parent + '/' if parent else ''}{args[2]})"
        if len(args) >= 2 and isinstance(args[1], str) and getattr(args[0], "_node", None) is not None:
            parent = args[0]._node.path
            return f" (construct path: {parent + '/' if parent else ''}{args[1]})"
    except Exception:
        return ""
    return ""


def _fail(qualname: str, name: str, expected: str, value: Any, where: tuple[Any, ...]) -> typing.NoReturn:
    raise TypeError(
        f"{qualname}(): argument '{name}' expects {expected}, got {type(value).__name__} ({_short(value)})"
        f"{_where(where)}"
    )


# -- generating checked functions -----------------------------------------------------------------------
def _inline(pred: Predicate, const: str) -> str:
    """A fast expression (in ``v``) for the common predicates, else a call of the predicate."""
    if pred is _is_bool:
        return "(v is True or v is False)"
    if pred is _is_number:
        return "(isinstance(v, _NUMBER) and v.__class__ is not bool)"
    inner = getattr(pred, "_tc_optional", None)
    if inner is not None:
        return f"(v is None or {_inline(inner, const + 'o')})"
    if getattr(pred, "_tc_class", None) is not None:
        return f"isinstance(v, {const}_c)"
    return f"{const}(v)"


def _bind(ns: dict[str, Any], const: str, pred: Predicate) -> None:
    """Put the predicate (and what ``_inline`` refers to) into the generated function's namespace."""
    ns[const] = pred
    cls_ = getattr(pred, "_tc_class", None)
    if cls_ is not None:
        ns[f"{const}_c"] = cls_
    inner = getattr(pred, "_tc_optional", None)
    if inner is not None:
        _bind(ns, const + "o", inner)


_NO_DEFAULT: Any = object()


def _entry(
    name: str, ann: Any, default: Any, builder: _Builder, globalns: dict[str, Any], localns: dict[str, Any]
) -> tuple[Any, ...]:
    """(predicate or None, expected type text, default, struct class or None, name to report or None)."""
    if ann is None or _unchecked_text(ann):
        return (None, "", default, None, None)
    resolved = _resolve(ann, globalns, localns)
    pred = builder.pred(resolved)
    return (pred, _describe(ann), default, _struct_class(resolved), name if default is _NO_DEFAULT else None)


_UNCHECKED_ENTRY = (None, "", _NO_DEFAULT, None, None)  # a keyword argument nothing is checked for


def _kw_table(
    optional_kw: list[str], kwdefaults: dict[str, Any], varkw: str | None, anns: dict[str, Any], builder: _Builder,
    globalns: dict[str, Any], localns: dict[str, Any],
) -> tuple[dict[str, tuple[Any, ...]], Callable[[str], tuple[Any, ...]]]:
    """The entries (``_entry``) of the keyword arguments that arrive in ``**_kw``, made on first use: the table,
    empty at first, and the function that makes the entry of a name, keeps it in the table and returns it. A name
    that is not an optional keyword argument gets the entry of the ``**kwargs`` annotation (or none)."""
    table: dict[str, tuple[Any, ...]] = {}
    optional = frozenset(optional_kw)

    def later(name: str) -> tuple[Any, ...]:
        if name in optional:  # (a construct's required ones are here too, without a default)
            entry = _entry(name, anns.get(name), kwdefaults.get(name, _NO_DEFAULT), builder, globalns, localns)
        elif varkw is not None and varkw in anns:
            entry = _entry(varkw, anns[varkw], _NO_DEFAULT, builder, globalns, localns)
        else:
            entry = _UNCHECKED_ENTRY
        table[name] = entry
        return entry

    return table, later


def _compile(func: types.FunctionType, cls: type, construct: bool = False) -> Callable[..., Any]:
    """``func`` with its arguments checked; for a ``construct`` constructor, also recording its props as analytics
    metadata (``analytics_metadata.wrap_init``) when the flag is on for its scope."""
    code = func.__code__
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    pos_names = list(names[:n_pos])
    kw_names = list(names[n_pos : n_pos + n_kwonly])
    i = n_pos + n_kwonly
    varargs = names[i] if code.co_flags & _CO_VARARGS else None
    if varargs:
        i += 1
    varkw = names[i] if code.co_flags & _CO_VARKEYWORDS else None
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(defaults)

    globalns = func.__globals__
    localns = _ClassScope(cls)
    builder = _Builder(globalns, localns)
    ns: dict[str, Any] = {"_f": func, "_fail": _fail, "_NUMBER": _NUMBER, "_qn": func.__qualname__}
    params: list[str] = []
    checks: list[str] = []
    call: list[str] = []
    where = ", ".join(pos_names[:3]) + ("," if len(pos_names[:3]) == 1 else "")

    def check(pname: str, ann: Any, default_ref: str | None, elementwise: str | None = None) -> None:
        if _unchecked_text(ann):
            return
        resolved = _resolve(ann, globalns, localns)
        pred = builder.pred(resolved)
        if pred is None:
            return
        const = f"_p{len(checks)}"
        _bind(ns, const, pred)
        ns[f"{const}_t"] = _describe(ann)
        expr = _inline(pred, const)
        fail = f"_fail(_qn, {pname!r}, {const}_t, v, ({where}))"
        if elementwise is not None:
            checks.append(f"    for v in {elementwise}:\n        if not {expr}: {fail}")
        elif default_ref is None:
            checks.append(f"    v = {pname}\n    if not {expr}: {fail}")
        else:
            checks.append(f"    v = {pname}\n    if v is not {default_ref} and not {expr}: {fail}")
        struct = _struct_class(resolved) if elementwise is None else None
        if struct is not None:  # a struct given as a dict becomes the struct, as jsii converts it
            ns[f"{const}_s"] = struct
            checks.append(f"    if v.__class__ is dict: {pname} = {const}_s(**v)")

    anns = func.__annotations__
    for idx, pname in enumerate(pos_names):
        d_ref = None
        text = pname
        if idx >= first_default:
            d_ref = f"_d{idx}"
            ns[d_ref] = defaults[idx - first_default]
            text = f"{pname}={d_ref}"
        params.append(text)
        if idx + 1 == n_posonly:
            params.append("/")
        call.append(pname)
        if pname in anns and not (idx == 0 and pname in ("self", "cls")):
            check(pname, anns[pname], d_ref)
    if varargs:
        params.append(f"*{varargs}")
        call.append(f"*{varargs}")
        if varargs in anns:
            check(varargs, anns[varargs], None, elementwise=varargs)
    optional_kw = [n for n in kw_names if n in kwdefaults]
    required_kw = [n for n in kw_names if n not in kwdefaults]
    if construct and len(pos_names) > 1 and not varargs:
        # a construct's required keyword arguments travel in ``**_kw`` as well (checked from the table; the
        # constructor itself reports a missing one): the recording wrapper then gets every keyword argument as the
        # caller gave it, in order, as it did wrapping this function
        optional_kw, required_kw = [n for n in kw_names], []
    if required_kw and not varargs:
        params.append("*")
    for pname in required_kw:
        params.append(pname)
        call.append(f"{pname}={pname}")
        if pname in anns:
            check(pname, anns[pname], None)
    if optional_kw:
        # keyword arguments with defaults (most of an L2 constructor's) arrive as one dict: only the ones given are
        # checked, and the dict is passed on as it is. A constructor has dozens and a call gives a few, so each
        # one's entry is made the first time it is given (``_L``) and kept in ``_K``.
        ns["_K"], ns["_L"] = _kw_table(optional_kw, kwdefaults, varkw, anns, builder, globalns, localns)
        params.append("**_kw")
        call.append("**_kw")
        if (varkw in anns and not _unchecked_text(anns[varkw])) or any(
            n in anns and not _unchecked_text(anns[n]) for n in optional_kw
        ):
            checks.append(
                "    if _kw:\n"
                "        for _n, v in _kw.items():\n"
                "            _c = _K.get(_n) or _L(_n)\n"
                "            if v is _c[2]:\n"
                "                continue\n"
                "            if _c[0] is not None and not _c[0](v):\n"
                f"                _fail(_qn, _c[4] or _n, _c[1], v, ({where}))\n"
                "            if _c[3] is not None and v.__class__ is dict:\n"
                "                _kw[_n] = _c[3](**v)"
            )
    elif varkw:
        params.append(f"**{varkw}")
        call.append(f"**{varkw}")
        if varkw in anns:
            check(varkw, anns[varkw], None, elementwise=f"{varkw}.values()")
    if construct:
        from .analytics_metadata import _scope_enabled, wrap_init
    if not checks:
        return wrap_init(cls, func) if construct else func
    body = "\n".join(checks)
    src = f"def {func.__name__}({', '.join(params)}):\n{body}\n    return _f({', '.join(call)})\n"
    # the recording wrapper (around the checks, as it would wrap them) is entered from the checked function when
    # the flag is on for the scope: with it off, a construct's call goes through one function, not two. Only when
    # the keyword arguments reach it as given, in the caller's order (all in one ``**`` dict: it records them in
    # order)
    traced = construct and len(pos_names) > 1 and not varargs and not required_kw
    if traced:
        plain = f"{func.__name__}_checked"
        src = (
            f"def {plain}({', '.join(params)}):\n{body}\n    return _f({', '.join(call)})\n"
            f"def {func.__name__}({', '.join(params)}):\n"
            f"    if _AN({pos_names[1]}):\n        return _AW({', '.join(call)})\n"
            f"{body}\n    return _f({', '.join(call)})\n"
        )
    exec(compiled(src, f"<typecheck {func.__qualname__}>", func.__module__), ns)  # generated from our own signature
    checked = ns[func.__name__]
    _mark(checked, func)
    if traced:
        _mark(ns[plain], func)
        ns["_AN"], ns["_AW"] = _scope_enabled, wrap_init(cls, ns[plain])
    elif construct:
        return wrap_init(cls, checked)
    return checked  # type: ignore[no-any-return]


# -- compiled checks, kept between processes -------------------------------------------------------------------
# Compiling the generated source is most of a checked method's first call (about 1 M instructions each; an app's
# first construct of each kind pays it). The code objects are kept, per module of the checked classes, in files
# next to this module's bytecode (``__pycache__/typecheck-codes``), as ``marshal`` writes ``.pyc`` files: the key
# is the source itself, so a changed signature is a new entry, never a stale one. Each entry's code is kept as its
# own ``marshal`` bytes, read back only when that entry is used (a file holds the checks of every app that ran; a
# process uses a few). Nothing is written when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``) or the
# folder is read-only.
_CODES: dict[str, dict[str, Any]] = {}  # module -> {filename + source: code, or its marshal bytes until used}
_NEW_CODES: dict[str, dict[str, Any]] = {}  # compiled in this process, to save at exit (as marshal bytes)
_MAX_CODES = 2000  # entries kept per module file (the newest)


def _codes_file(module: str) -> str:
    import os

    folder = os.path.join(os.path.dirname(__file__), "__pycache__", "typecheck-codes")
    # "entries": each entry's code as its own marshal bytes (files of the earlier format held code objects)
    return os.path.join(folder, f"{module}.{sys.implementation.cache_tag}-o{sys.flags.optimize}.entries.bin")


def _read_codes(path: str) -> dict[str, Any]:
    import marshal
    from importlib._bootstrap_external import MAGIC_NUMBER  # type: ignore[attr-defined]

    try:
        with open(path, "rb") as f:
            data = f.read()
        if data[: len(MAGIC_NUMBER)] == MAGIC_NUMBER:
            codes = marshal.loads(data[len(MAGIC_NUMBER) :])
            if type(codes) is dict:
                return codes
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


def compiled(src: str, filename: str, module: str, mode: str = "exec") -> types.CodeType:
    """``compile(src, filename, mode)``, from the code kept for ``module`` when it holds this source (a filename
    is only ever used with one mode: ``<annotation>`` for ``eval``, ``<typecheck ...>`` for ``exec``)."""
    code: types.CodeType = _kept(module, f"{filename}\n{src}", lambda: compile(src, filename, mode), types.CodeType)
    return code


def _kept(module: str, key: str, make: Callable[[], Any], kind: type) -> Any:
    """The value of type ``kind`` kept for ``module`` under ``key`` (read back from its marshal bytes), else
    ``make()``, kept from now on."""
    codes = _CODES.get(module)
    if codes is None:
        codes = _CODES[module] = _read_codes(_codes_file(module)) if sys.implementation.cache_tag else {}
    value = codes.get(key)
    if type(value) is bytes:
        import marshal

        try:
            value = codes[key] = marshal.loads(value)
        except (ValueError, EOFError, TypeError):
            value = None
    if type(value) is not kind:
        value = codes[key] = make()
        if not sys.dont_write_bytecode and sys.implementation.cache_tag:
            import marshal

            if not _NEW_CODES:
                import atexit

                atexit.register(save_codes)
            _NEW_CODES.setdefault(module, {})[key] = marshal.dumps(value)
    return value


def save_codes() -> None:
    """Write the code compiled in this process (a forked process that leaves with ``os._exit`` calls it first)."""
    import marshal
    import os
    from importlib._bootstrap_external import MAGIC_NUMBER

    for module, new in _NEW_CODES.items():
        path = _codes_file(module)
        try:
            codes = _read_codes(path)  # with what other processes saved meanwhile
            codes.update(new)
            if len(codes) > _MAX_CODES:
                codes = dict(list(codes.items())[-_MAX_CODES:])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                f.write(MAGIC_NUMBER + marshal.dumps(codes))
            os.replace(tmp, path)
        except (OSError, ValueError):
            continue
    _NEW_CODES.clear()


def _struct_class(tp: Any) -> type | None:
    """The struct class of an annotation ``S`` or ``S | None``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:
            return None
        tp = args[0]
    return tp if isinstance(tp, type) and "__struct_fields__" in tp.__dict__ else None


def _compile_struct(cls: type, init: Callable[..., None], fields: tuple[Any, ...]) -> Callable[..., None]:
    module = sys.modules.get(cls.__module__)
    globalns = vars(module) if module is not None else {}
    localns = {cls.__name__: cls}
    builder = _Builder(globalns, localns)
    annotations: dict[str, Any] = {}
    for base in reversed(cls.__mro__[:-1]):
        annotations.update(base.__dict__.get("__annotations__", {}))
    ns: dict[str, Any] = {"_init": init, "_fail": _fail, "_NUMBER": _NUMBER, "_M": _MISSING,
                          "_qn": f"{cls.__qualname__}.__init__"}
    checks: list[str] = []
    for f in fields:
        ann = annotations.get(f.name)
        if not f.init or ann is None or _unchecked_text(ann):
            continue
        pred = builder.pred(_resolve(ann, globalns, localns))
        if pred is None:
            continue
        const = f"_p{len(checks)}"
        _bind(ns, const, pred)
        ns[f"{const}_t"] = _describe(ann)
        checks.append(
            f"        v = kw.get({f.name!r}, _M)\n"
            f"        if v is not _M and v is not None and not {_inline(pred, const)}:"
            f" _fail(_qn, {f.name!r}, {const}_t, v, ())"
        )
    if not checks:
        return init
    src = "def __init__(self, **kw):\n    if kw:\n" + "\n".join(checks) + "\n    _init(self, **kw)\n"
    exec(compiled(src, f"<typecheck {cls.__qualname__}.__init__>", cls.__module__), ns)  # from our own fields
    checked = ns["__init__"]
    _mark(checked, init)
    return checked  # type: ignore[no-any-return]


def install_public(namespace: dict[str, Any]) -> None:
    """``install`` on the public classes of ``l2``/``patterns`` that a package exports (``namespace`` is its
    ``globals()``) and that are neither constructs nor structs, which get their checks when they are defined.

    Enums, protocols (interfaces), exceptions, private classes and classes of other layers (``l1``, the core) are
    left alone. A class is installed once, however many packages re-export it.
    """
    for value in list(namespace.values()):
        if isinstance(value, type):
            install_public_class(value)


_INSTALLED: set[type] = set()


def install_public_class(cls: type) -> None:
    """``install`` on one exported class when it is a public, non-construct, non-struct class of l2/patterns."""
    if cls in _INSTALLED or not cls.__module__.startswith(("l2.", "patterns.")) or cls.__name__[0] == "_":
        return
    _INSTALLED.add(cls)
    if (
        "__struct_fields__" in cls.__dict__
        or getattr(cls, "_is_protocol", False)
        or issubclass(cls, (BaseException, enum.Enum))
        or any(base.__name__ == "Construct" and base.__module__.startswith("constructs") for base in cls.__mro__)
    ):
        return
    install(cls)
