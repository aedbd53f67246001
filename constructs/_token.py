"""Tokens: values that are only known at synthesis or deployment time.

Users see ``Token``, ``Tokenization``, ``Lazy``, ``IResolvable``, ``Intrinsic`` and ``Reference``; encoding and
resolution live in ``_private``.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._private.protocols import OptionalMembersMeta
from ._private.resolve import Resolver
from ._private.token_map import (
    FRAGMENT_RE,
    LIST_TOKEN_RE,
    STRING_TOKEN_RE,
    TOKEN_MAP,
    number_token_index,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias, TypeGuard

    from ._construct import IConstruct
    from ._resolvable import (
        IAnyProducer,
        IFragmentConcatenator,
        IListProducer,
        INumberProducer,
        IStableAnyProducer,
        IStableListProducer,
        IStableNumberProducer,
        IStableStringProducer,
        IStringProducer,
        ITokenMapper,
        ITokenResolver,
    )
    from ._stack import Stack

    # what ``Lazy`` accepts: a producer object, or a function called with the resolve context or without one
    _StringProducer: TypeAlias = IStringProducer | IStableStringProducer | Callable[..., str | None]
    _NumberProducer: TypeAlias = INumberProducer | IStableNumberProducer | Callable[..., float | None]
    _ListProducer: TypeAlias = IListProducer | IStableListProducer | Callable[..., Sequence[str] | None]
    _AnyProducer: TypeAlias = IAnyProducer | IStableAnyProducer | Callable[..., object]



@runtime_checkable
class IResolvable(Protocol, metaclass=OptionalMembersMeta):
    """A value that is resolved at synthesis: anything with ``resolve(context)``.

    ``creation_stack``, ``to_string`` and ``type_hint`` are optional: a value with only ``resolve`` is resolvable.
    """

    if not TYPE_CHECKING:  # not a member for mypy
        __optional_members__ = frozenset({"creation_stack", "to_string", "type_hint"})

    @property
    def creation_stack(self) -> list[str]:
        """Where the value was made (deprecated in aws-cdk-lib: usually a single informational line)."""
        ...

    @property
    def type_hint(self) -> ResolutionTypeHint | None:
        """The type the value will likely resolve to."""
        ...

    def resolve(self, context: IResolveContext) -> object:
        """The value at synthesis."""
        ...

    def to_string(self) -> str:
        """A reversible string representation (a string token)."""
        ...


class IResolveContext(Protocol):
    """What a resolvable is given while it resolves."""

    scope: IConstruct
    preparing: bool
    document_path: list[str]

    def resolve(self, x: object, *, allow_intrinsic_keys: bool | None = None,
                remove_empty: bool | None = None) -> Any: ...

    def register_post_processor(self, post_processor: IPostProcessor) -> None: ...


class IPostProcessor(Protocol):
    """Transforms a resolved value."""

    def post_process(self, input: object, context: IResolveContext) -> object: ...


class ResolveContext:
    """The context of one resolution: the scope (which stack consumes the value) and flags.

    Args:
        preparing: whether the resolution happens while preparing the app, before synthesis (default false).
        synthesizing: whether it happens while writing the template (default false).
    """

    __slots__ = ("scope", "preparing", "synthesizing", "_post_processors", "_resolver", "document_path", "_stack")

    def __init__(self, scope: IConstruct, *, preparing: bool = False, synthesizing: bool = False) -> None:
        self.scope: Any = scope
        self.preparing: bool = preparing
        self.synthesizing: bool = synthesizing
        self._post_processors: list[IPostProcessor] | None = None
        self._resolver = Resolver(self)
        self.document_path: list[str] = []
        self._stack: Any = None

    @property
    def consuming_stack(self) -> Stack:
        """The stack the value is resolved for (``Stack.of(scope)``), cached."""
        s = self._stack
        if s is None:
            from ._stack import Stack

            s = self._stack = Stack.of(self.scope)
        return s

    def resolve(
        self,
        x: object,
        options: object = None,
        *,
        allow_intrinsic_keys: bool | None = None,
        remove_empty: bool | None = None,
    ) -> Any:
        """Resolve a value in this context (``allow_intrinsic_keys``/``remove_empty`` are accepted for aws-cdk-lib
        compatibility; pycdk's resolution always drops ``None`` and keeps intrinsic-looking keys)."""
        return self._resolver.resolve(x)

    def register_post_processor(self, post_processor: IPostProcessor) -> None:
        """Apply ``post_processor`` to the resolved value of the token being resolved."""
        if self._post_processors is None:
            self._post_processors = []
        self._post_processors.append(post_processor)


class Intrinsic:
    """A token that resolves to a fixed CloudFormation value (e.g. ``{"Ref": "X"}``).

    Args:
        value: the value it resolves to.
        stack_trace: ignored (kept for API compatibility).
        type_hint: ``ResolutionTypeHint`` of the value.
    """

    __slots__ = ("_value", "type_hint", "_display_hint", "__weakref__")

    def __init__(self, value: object, *, stack_trace: bool | None = None,
                 type_hint: ResolutionTypeHint | None = None) -> None:
        if callable(value) and not hasattr(value, "resolve"):
            raise TypeError("Argument to Intrinsic must be a plain value object, got a function")
        self._value = value
        self.type_hint: Any = type_hint
        self._display_hint: str | None = None

    @property
    def creation_stack(self) -> list[str]:
        """Not recorded in pycdk."""
        return []

    def resolve(self, _context: IResolveContext) -> object:
        """The value this intrinsic stands for."""
        return self._value

    def to_string(self) -> str:
        """This token as a string token."""
        return TOKEN_MAP.register_string(self)

    def to_string_list(self) -> list[str]:
        """This token as a list token (``Token.as_list(self)``)."""
        return TOKEN_MAP.register_list(self)

    def to_json(self) -> str:
        return "<unresolved-token>"

    def new_error(self, message: str) -> Exception:
        return ValueError(message)

    def __str__(self) -> str:
        return self.to_string()

    def __format__(self, spec: str) -> str:
        return format(self.to_string(), spec)


class ResolutionTypeHint:
    """Type hints for resolved values."""

    STRING = "string"
    NUMBER = "number"
    STRING_LIST = "string-list"


class Reference(Intrinsic):
    """An intrinsic that refers to an attribute of a construct (``target``).

    Args:
        target: the construct the value refers to.
        display_name: the readable name the token shows in its string form (default: the target's path).
    """

    __slots__ = ("target", "display_name")

    def __init__(self, value: object, target: IConstruct, display_name: str | None = None,
                 type_hint: ResolutionTypeHint | None = None) -> None:
        super().__init__(value, type_hint=type_hint)
        self.target: IConstruct = target
        self.display_name: str | None = display_name

    @staticmethod
    def is_reference(x: object) -> bool:
        return isinstance(x, Reference)


class TokenizedStringFragments:
    """A string split into fragments: literals, tokens and intrinsic values (``Tokenization.reverse_string``).

    Args:
        fragments: ``(kind, value)`` pairs, kind ``"literal"``, ``"token"`` or ``"intrinsic"`` (default none:
            add them with ``add_literal``, ``add_token`` and ``add_intrinsic``).
    """

    def __init__(self, fragments: list[tuple[str, object]] | None = None) -> None:
        self._fragments: list[tuple[str, Any]] = fragments if fragments is not None else []

    @property
    def first_token(self) -> IResolvable | None:
        for kind, v in self._fragments:
            if kind == "token":
                return v
        return None

    @property
    def first_value(self) -> object:
        return self._fragments[0][1] if self._fragments else None

    @property
    def length(self) -> int:
        return len(self._fragments)

    @property
    def tokens(self) -> list[IResolvable]:
        return [v for k, v in self._fragments if k == "token"]

    def add_literal(self, lit: object) -> None:
        """Append a literal fragment."""
        self._fragments.append(("literal", lit))

    def add_token(self, token: IResolvable) -> None:
        """Append a token fragment."""
        self._fragments.append(("token", token))

    def add_intrinsic(self, value: object) -> None:
        """Append an intrinsic fragment (a value that is already a CloudFormation intrinsic)."""
        self._fragments.append(("intrinsic", value))

    def map_tokens(self, mapper: ITokenMapper | Callable[[IResolvable], object]) -> TokenizedStringFragments:
        """The fragments with each token replaced by ``mapper`` (an ``ITokenMapper`` or a function)."""
        fn: Callable[[IResolvable], object] = mapper if callable(mapper) else mapper.map_token
        out: list[tuple[str, Any]] = []
        for kind, v in self._fragments:
            if kind == "token":
                v = fn(v)
                # as aws-cdk-lib: a resolvable stays a token, an encoded token becomes an intrinsic, else a literal
                kind = "token" if _is_resolvable(v) else "intrinsic" if Token.is_unresolved(v) else "literal"
            out.append((kind, v))
        return TokenizedStringFragments(out)

    def join(self, concat: IFragmentConcatenator | Callable[[object, object], object]) -> object:
        """Combine the fragments pairwise with ``concat`` (an ``IFragmentConcatenator`` or a function)."""
        fn: Callable[[object, object], object] = concat if callable(concat) else concat.join
        if not self._fragments:
            return fn(None, None)
        vals = [v for _, v in self._fragments]
        out = vals[0]
        for v in vals[1:]:
            out = fn(out, v)
        return out


def split_string(s: str) -> TokenizedStringFragments:
    """Split a string into literal and token fragments."""
    frags: list[tuple[str, Any]] = []
    pos = 0
    for m in FRAGMENT_RE.finditer(s):
        if m.start() > pos:
            frags.append(("literal", s[pos : m.start()]))
        if m.group(1) is not None:
            frags.append(("token", TOKEN_MAP.lookup_key(m.group(1))))
        else:
            tok = TOKEN_MAP.lookup_number(float(m.group(2)))
            frags.append(("token", tok) if tok is not None else ("literal", m.group(2)))
        pos = m.end()
    if pos < len(s):
        frags.append(("literal", s[pos:]))
    return TokenizedStringFragments(frags)


_PLAIN_TYPES = frozenset({str, int, float, bool, dict, list, type(None)})  # never resolvable (one set test)


def _is_resolvable(x: object) -> TypeGuard[IResolvable]:
    if type(x) in _PLAIN_TYPES:
        return False
    r = getattr(x, "resolve", None)
    return r is not None and callable(r)


class Token:
    """Static helpers to create and recognise tokens."""

    @staticmethod
    def is_unresolved(obj: object) -> bool:
        """True if ``obj`` is a token (string, list, number) or a resolvable object."""
        obj_: Any = obj  # narrowed below by ``type(...) is`` tests, which mypy does not follow
        t = type(obj_)
        if t is str:
            return ("{Token[" in obj_ and (STRING_TOKEN_RE.search(obj_) or LIST_TOKEN_RE.search(obj_)) is not None) or (
                "e+289" in obj_ and FRAGMENT_RE.search(obj_) is not None
            )
        if t is float:
            return number_token_index(obj_) is not None
        if t is list:
            return len(obj_) == 1 and type(obj_[0]) is str and LIST_TOKEN_RE.fullmatch(obj_[0]) is not None
        if t is int or t is bool or obj_ is None or t is dict:
            return False
        return _is_resolvable(obj)

    @staticmethod
    def is_resolved(obj: object) -> bool:
        """True if ``obj`` holds no token (``not Token.is_unresolved(obj)``)."""
        return not Token.is_unresolved(obj)

    @staticmethod
    def as_string(value: object, *, display_hint: str | None = None) -> str:
        """``value`` as a string (a token string for non-string values)."""
        if type(value) is str:
            return value
        if _is_resolvable(value):
            return TOKEN_MAP.register_string(value, display_hint)
        if type(value) is float and number_token_index(value) is not None:
            return TOKEN_MAP.register_string(TOKEN_MAP.lookup_number(value), display_hint)
        if type(value) is list and Token.is_unresolved(value):
            return TOKEN_MAP.register_string(TOKEN_MAP.lookup_list(value), display_hint)
        return TOKEN_MAP.register_string(Intrinsic(value), display_hint)

    @staticmethod
    def as_number(value: object) -> float:
        """``value`` as a number (a number token for non-numbers)."""
        if type(value) in (int, float):
            return value  # type: ignore[return-value]  # an int or a float, as tested
        if type(value) is str:
            tok = TOKEN_MAP.lookup_string(value)
            if tok is not None:
                return TOKEN_MAP.register_number(tok)
            return TOKEN_MAP.register_number(Intrinsic(value))
        if _is_resolvable(value):
            return TOKEN_MAP.register_number(value)
        return TOKEN_MAP.register_number(Intrinsic(value))

    @staticmethod
    def as_list(value: object, *, display_hint: str | None = None) -> list[str]:
        """``value`` as a list of strings (a list token for non-lists)."""
        if type(value) is list:
            return value
        if type(value) is str:
            tok = TOKEN_MAP.lookup_string(value)
            if tok is not None:
                return TOKEN_MAP.register_list(tok, display_hint)
        if _is_resolvable(value):
            return TOKEN_MAP.register_list(value, display_hint)
        return TOKEN_MAP.register_list(Intrinsic(value), display_hint)

    @staticmethod
    def as_any(value: object) -> IResolvable:
        """``value`` as a resolvable."""
        if _is_resolvable(value):
            return value
        return Intrinsic(value)

    @staticmethod
    def is_token(x: object) -> bool:
        """Deprecated alias of ``is_unresolved``."""
        return Token.is_unresolved(x)

    @staticmethod
    def compare_strings(possible_token1: str, possible_token2: str) -> str:
        """Compare two strings that may be tokens (``TokenComparison``)."""
        if possible_token1 == possible_token2:
            return TokenComparison.SAME  # the same literal, or the same token
        u1 = Token.is_unresolved(possible_token1)
        u2 = Token.is_unresolved(possible_token2)
        if u1 and u2:
            return TokenComparison.SAME if possible_token1 == possible_token2 else TokenComparison.BOTH_UNRESOLVED
        if u1 or u2:
            return TokenComparison.ONE_UNRESOLVED
        return TokenComparison.SAME if possible_token1 == possible_token2 else TokenComparison.DIFFERENT


class TokenComparison:
    """Results of ``Token.compare_strings``."""

    SAME = "SAME"
    DIFFERENT = "DIFFERENT"
    ONE_UNRESOLVED = "ONE_UNRESOLVED"
    BOTH_UNRESOLVED = "BOTH_UNRESOLVED"


class Tokenization:
    """Lower-level token helpers."""

    @staticmethod
    def resolve(obj: object, *, scope: IConstruct, preparing: bool = False, resolver: ITokenResolver | None = None,
                remove_empty: bool | None = None) -> Any:
        """Resolve every token in ``obj`` as seen from ``scope``."""
        return ResolveContext(scope, preparing=preparing).resolve(obj)

    @staticmethod
    def is_resolvable(obj: object) -> bool:
        """True if ``obj`` has a ``resolve`` method."""
        return _is_resolvable(obj)

    @staticmethod
    def reverse(x: object, *, fail_concat: bool | None = None) -> IResolvable | None:
        """The resolvable behind an encoded token, or None."""
        if _is_resolvable(x):
            return x
        if type(x) is str:
            return Tokenization.reverse_complete_string(x)
        if type(x) is list:
            return TOKEN_MAP.lookup_list(x)
        if type(x) is float:
            return TOKEN_MAP.lookup_number(x)
        return None

    @staticmethod
    def reverse_complete_string(s: str) -> IResolvable | None:
        """The resolvable if ``s`` is exactly one token."""
        return TOKEN_MAP.lookup_string(s)

    @staticmethod
    def reverse_string(s: str) -> TokenizedStringFragments:
        """Split a string into literal and token fragments."""
        return split_string(s)

    @staticmethod
    def reverse_number(n: float) -> IResolvable | None:
        return TOKEN_MAP.lookup_number(n)

    @staticmethod
    def reverse_list(l: list[str]) -> IResolvable | None:  # noqa: E741 (aws-cdk-lib's parameter name)
        """The resolvable behind a list token, or None."""
        return TOKEN_MAP.lookup_list(l)

    @staticmethod
    def stringify_number(x: float) -> str:
        """A number (token or not) as a string (token or not)."""
        tok = TOKEN_MAP.lookup_number(x) if type(x) is float else None
        if tok is not None:
            return TOKEN_MAP.register_string(tok)
        from ._private.resolve import js_number

        return js_number(x) if type(x) is float else str(x)


# -- Lazy ------------------------------------------------------------------------------------------------


_CO_VARARGS = 0x04  # inspect.CO_VARARGS, without importing inspect


def _takes_context(fn: Any) -> bool | None:
    """Whether a producer function takes the resolve context (None when its signature cannot be read cheaply)."""
    func = getattr(fn, "__func__", fn)
    code = getattr(func, "__code__", None)
    if code is None:
        return None
    positional = code.co_argcount - (1 if getattr(fn, "__self__", None) is not None else 0)
    return positional >= 1 or bool(code.co_flags & _CO_VARARGS)


def _call_producer(producer: Any, context: Any, cached: bool) -> Any:
    """Call a producer (a function, or an object with ``produce``) with the context if it takes one."""
    produce = getattr(producer, "produce", None)
    fn = produce if produce is not None else producer
    takes = _takes_context(fn)
    if takes is not None:
        return fn(context) if takes else fn()
    # a builtin or other callable without a code object: try the likelier form first, as before
    if cached:
        try:
            return fn()
        except TypeError:
            return fn(context)
    try:
        return fn(context)
    except TypeError:
        return fn()


class _LazyBase:
    __slots__ = ("_producer", "_cache", "_cached", "_has_cache", "_display_hint", "_omit_empty", "__weakref__")

    def __init__(self, producer: Any, cache: bool, display_hint: str | None = None, omit_empty: bool = False) -> None:
        self._producer = producer
        self._cached = cache
        self._has_cache = False
        self._cache: Any = None
        self._display_hint = display_hint
        self._omit_empty = omit_empty

    @property
    def creation_stack(self) -> list[str]:
        return []

    @property
    def type_hint(self) -> ResolutionTypeHint | None:
        return None

    def resolve(self, context: Any) -> Any:
        if self._cached:
            if not self._has_cache:
                self._cache = _call_producer(self._producer, context, True)
                self._has_cache = True
            value = self._cache
        else:
            value = _call_producer(self._producer, context, False)
        if self._omit_empty and type(value) is list and not value:
            return None
        return value

    def to_string(self) -> str:
        return TOKEN_MAP.register_string(self)

    def __str__(self) -> str:
        return self.to_string()

    def to_json(self) -> str:
        return "<unresolved-lazy>"


class Lazy:
    """Values computed when the template is synthesized.

    Producers are objects with ``produce(context)`` (or ``produce()``) or plain callables. The cached variants
    call the producer once; the ``uncached_*`` ones call it on every resolution.
    """

    @staticmethod
    def string(producer: _StringProducer, *, display_hint: str | None = None) -> str:
        """A string token computed at synthesis (cached)."""
        return TOKEN_MAP.register_string(_LazyBase(producer, True, display_hint))

    @staticmethod
    def uncached_string(producer: _StringProducer, *, display_hint: str | None = None) -> str:
        """A string token computed at every resolution."""
        return TOKEN_MAP.register_string(_LazyBase(producer, False, display_hint))

    @staticmethod
    def number(producer: _NumberProducer) -> float:
        """A number token computed at synthesis (cached)."""
        return TOKEN_MAP.register_number(_LazyBase(producer, True))

    @staticmethod
    def uncached_number(producer: _NumberProducer) -> float:
        """A number token computed at every resolution."""
        return TOKEN_MAP.register_number(_LazyBase(producer, False))

    @staticmethod
    def list(
        producer: _ListProducer, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:  # the builtin: ``list`` in this class is this method
        """A list token computed at synthesis (cached); ``omit_empty`` drops an empty list."""
        return TOKEN_MAP.register_list(_LazyBase(producer, True, display_hint, bool(omit_empty)), display_hint)

    @staticmethod
    def uncached_list(
        producer: _ListProducer, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:
        """A list token computed at every resolution."""
        return TOKEN_MAP.register_list(_LazyBase(producer, False, display_hint, bool(omit_empty)), display_hint)

    @staticmethod
    def any(producer: _AnyProducer, *, display_hint: str | None = None,
            omit_empty_array: bool | None = None) -> IResolvable:
        """A resolvable computed at synthesis (cached); ``omit_empty_array`` drops an empty list."""
        return _LazyBase(producer, True, display_hint, bool(omit_empty_array))

    @staticmethod
    def uncached_any(producer: _AnyProducer, *, display_hint: str | None = None,
                     omit_empty_array: bool | None = None) -> IResolvable:
        """A resolvable computed at every resolution."""
        return _LazyBase(producer, False, display_hint, bool(omit_empty_array))


def is_resolvable_object(x: Any) -> bool:
    """True if ``x`` has a ``resolve`` method (internal helper)."""
    return _is_resolvable(x)


def unresolved_strings_in(values: Sequence[Any]) -> bool:
    """True if any value is unresolved."""
    return any(Token.is_unresolved(v) for v in values)
