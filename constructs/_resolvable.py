"""The token interfaces of aws-cdk-lib's public API: producers, mappers, resolvers and their option structs, plus
``StringConcat``, ``DefaultTokenResolver`` and ``JsonNull``.

pycdk's own resolution lives in ``_private/resolve.py``; these are the shapes users implement or call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import UnscopedValidationError
from ._private import structs
from ._private.token_map import TOKEN_MAP
from ._token import IPostProcessor, IResolvable, IResolveContext, TokenizedStringFragments

if TYPE_CHECKING:
    from ._construct import IConstruct


# -- producers (what ``Lazy`` calls) -------------------------------------------------------------------------


class IAnyProducer(Protocol):
    """Produces any value for ``Lazy.any`` (called with the resolve context)."""

    def produce(self, context: IResolveContext) -> object: ...


class IListProducer(Protocol):
    """Produces a list of strings for ``Lazy.list`` (called with the resolve context)."""

    def produce(self, context: IResolveContext) -> list[str] | None: ...


class INumberProducer(Protocol):
    """Produces a number for ``Lazy.number`` (called with the resolve context)."""

    def produce(self, context: IResolveContext) -> float | None: ...


class IStringProducer(Protocol):
    """Produces a string for ``Lazy.string`` (called with the resolve context)."""

    def produce(self, context: IResolveContext) -> str | None: ...


class IStableAnyProducer(Protocol):
    """Produces any value, the same at every call (called without a context)."""

    def produce(self) -> object: ...


class IStableListProducer(Protocol):
    """Produces a list of strings, the same at every call (called without a context)."""

    def produce(self) -> list[str] | None: ...


class IStableNumberProducer(Protocol):
    """Produces a number, the same at every call (called without a context)."""

    def produce(self) -> float | None: ...


class IStableStringProducer(Protocol):
    """Produces a string, the same at every call (called without a context)."""

    def produce(self) -> str | None: ...


# -- mappers, concatenators and resolvers --------------------------------------------------------------------


class ITokenMapper(Protocol):
    """Maps each token of a ``TokenizedStringFragments`` (``map_tokens``)."""

    def map_token(self, t: IResolvable) -> object: ...


class IFragmentConcatenator(Protocol):
    """Joins two fragments of a string (``TokenizedStringFragments.join``)."""

    def join(self, left: object, right: object) -> object: ...


class ITokenResolver(Protocol):
    """How tokens, tokenized strings and list tokens are resolved."""

    def resolve_token(self, t: IResolvable, context: IResolveContext, post_processor: IPostProcessor) -> object: ...

    def resolve_string(self, s: TokenizedStringFragments, context: IResolveContext) -> object: ...

    def resolve_list(self, l: Sequence[str], context: IResolveContext) -> object: ...  # noqa: E741


class StringConcat:
    """Joins string fragments as text: ``None`` sides are skipped, both ``None`` gives ``None``."""

    def join(self, left: object, right: object) -> str | None:
        """``left`` followed by ``right``, each as a string."""
        if left is None:
            return None if right is None else _text(right)
        if right is None:
            return _text(left)
        return _text(left) + _text(right)


def _text(x: Any) -> str:
    if isinstance(x, str):
        return x
    from ._private.resolve import js_number

    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float):
        return js_number(x)
    return str(x)


class DefaultTokenResolver:
    """Resolves a token with its ``resolve`` and resolves the result again; joins the resolved fragments of a
    string with ``concat``.

    Args:
        concat: joins the fragments of a string (e.g. ``StringConcat()``).
    """

    def __init__(self, concat: IFragmentConcatenator) -> None:
        self.concat = concat

    def resolve_token(self, t: IResolvable, context: IResolveContext, post_processor: IPostProcessor) -> object:
        """``t.resolve(context)``, resolved again and given to ``post_processor``."""
        try:
            resolved = t.resolve(context)
            resolved = context.resolve(resolved)
            return post_processor.post_process(resolved, context)
        except Exception as e:
            e.args = (f"Resolution error: {e.args[0] if e.args else e}.", *e.args[1:])
            raise

    def resolve_string(self, fragments: TokenizedStringFragments, context: IResolveContext) -> object:
        """Resolve each token of ``fragments`` and join the pieces with ``concat``."""
        return fragments.map_tokens(context.resolve).join(self.concat)

    def resolve_list(self, xs: Sequence[str], context: IResolveContext) -> object:
        """Resolve a list token (a one-element list holding the token).

        Raises:
            UnscopedValidationError: the list has other elements, or its element is not exactly one list token.
        """
        if len(xs) != 1:
            raise UnscopedValidationError(f"Cannot add elements to list token, got: {','.join(map(str, xs))}")
        token = TOKEN_MAP.lookup_list(list(xs))
        if token is None:
            raise UnscopedValidationError(
                f"Cannot concatenate strings in a tokenized string array, got: {xs[0]}"
            )
        return context.resolve(token)


# -- option structs -----------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class ResolveChangeContextOptions:
    """Changes to the resolve context for one ``context.resolve`` call.

    Args:
        allow_intrinsic_keys: whether keys that look like intrinsics are allowed (default unchanged).
        remove_empty: whether empty lists and objects are dropped (default unchanged).
    """

    allow_intrinsic_keys: bool | None = None
    remove_empty: bool | None = None


@structs.frozen(kw_only=True)
class ResolveOptions:
    """The options of ``Tokenization.resolve``.

    Args:
        resolver: the token resolver.
        scope: the construct the value is resolved for.
        preparing: whether this is the preparation phase (default false).
        remove_empty: whether empty lists and objects are dropped (default true).
    """

    resolver: ITokenResolver
    scope: IConstruct
    preparing: bool | None = None
    remove_empty: bool | None = None


@structs.frozen(kw_only=True)
class EncodingOptions:
    """How a value is encoded as a token.

    Args:
        display_hint: a short text shown in the token's string form (default none).
    """

    display_hint: str | None = None


@structs.frozen(kw_only=True)
class LazyStringValueOptions:
    """The options of ``Lazy.string``.

    Args:
        display_hint: a short text shown in the token's string form (default none).
    """

    display_hint: str | None = None


@structs.frozen(kw_only=True)
class LazyListValueOptions:
    """The options of ``Lazy.list``.

    Args:
        display_hint: a short text shown in the token's string form (default none).
        omit_empty: resolve an empty list to nothing (default false).
    """

    display_hint: str | None = None
    omit_empty: bool | None = None


@structs.frozen(kw_only=True)
class LazyAnyValueOptions:
    """The options of ``Lazy.any``.

    Args:
        display_hint: a short text shown in the token's string form (default none).
        omit_empty_array: resolve an empty list to nothing (default false).
    """

    display_hint: str | None = None
    omit_empty_array: bool | None = None


@structs.frozen(kw_only=True)
class ReverseOptions:
    """The options of ``Tokenization.reverse``.

    Args:
        fail_concat: raise when the string is a concatenation of tokens and text (default true).
    """

    fail_concat: bool | None = None


@structs.frozen(kw_only=True)
class IntrinsicProps:
    """The options of ``Intrinsic``.

    Args:
        stack_trace: record a stack trace (default true; pycdk records none).
        type_hint: the ``ResolutionTypeHint`` of the value (default string).
    """

    stack_trace: bool | None = None
    type_hint: str | None = None


class JsonNull:
    """A JSON ``null`` that survives resolution (plain ``None`` values are dropped): ``JsonNull.INSTANCE``."""

    INSTANCE: JsonNull
    _renders_json_null = True  # read by the resolver: kept as ``null`` in lists

    @property
    def creation_stack(self) -> list[str]:
        """Not recorded."""
        return ["Token stack traces are no longer captured"]

    def resolve(self, _ctx: IResolveContext) -> None:
        """``None``, rendered as ``null``."""
        return None

    def to_json(self) -> None:
        """``None`` (JSON ``null``)."""
        return None

    def to_string(self) -> str:
        """``"null"``."""
        return "null"

    def __str__(self) -> str:
        return "null"


JsonNull.INSTANCE = JsonNull()
