"""``CfnReference``: a Ref or GetAtt of an element, which becomes an import when another stack consumes it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._private.resolve import FreshIntrinsic
from ._private.token_map import TOKEN_MAP
from ._token import Reference, ResolveContext

if TYPE_CHECKING:
    from ._cfn_element import CfnElement
    from ._stack import Stack
    from ._token import ResolutionTypeHint


class CfnReference(Reference):
    """A reference to a CfnElement (``Ref``) or one of its attributes (``Fn::GetAtt``).

    Resolved in its own stack it renders the intrinsic; resolved during synthesis in another stack it renders
    the value that stack must use (an import, a nested-stack parameter or output).

    Args:
        target: the element referred to.
        attribute: the attribute (``Fn::GetAtt``), or ``None`` for the element itself (``Ref``).
        display_name: the readable name the token shows in its string form.
    """

    __slots__ = ("attribute", "_replacements", "_producer")

    def __init__(self, target: CfnElement, attribute: str | None, display_name: str, type_hint: ResolutionTypeHint | None = None) -> None:
        super().__init__(None, target, display_name, type_hint)
        self.attribute: str | None = attribute
        self._replacements: dict[int, Any] = {}
        self._producer: Stack | None = None

    @staticmethod
    def for_ref(target: CfnElement) -> CfnReference:
        """The (cached) ``Ref`` of ``target``."""
        return CfnReference._cached(target, None, "Ref", None)

    @staticmethod
    def for_att(target: CfnElement, attribute: str, type_hint: ResolutionTypeHint | None = None) -> CfnReference:
        """The (cached) ``Fn::GetAtt`` of ``target.attribute``."""
        return CfnReference._cached(target, attribute, attribute, type_hint)

    @staticmethod
    def _cached(target: CfnElement, attribute: str | None, display: str, type_hint: Any) -> CfnReference:
        # read and written as an attribute (CfnElement's class default is None): writing ``__dict__`` would give
        # every referenced element a dict of its own while the tree is built
        cache = getattr(target, "_cfn_refs", None)
        if cache is None:
            cache = {}
            object.__setattr__(target, "_cfn_refs", cache)  # what ``__dict__[...] =`` does, without the dict
        key = attribute or ""
        ref = cache.get(key)
        if ref is None:
            ref = CfnReference(target, attribute, display, type_hint)
            cache[key] = ref
        return ref

    @property
    def producer_stack(self) -> Stack:
        if self._producer is None:
            self._producer = self.target._stack  # type: ignore[attr-defined]
        return self._producer

    def intrinsic(self) -> dict[str, Any]:
        """The intrinsic as seen from the producing stack."""
        lid = self.target._resolved_logical_id()  # type: ignore[attr-defined]
        if self.attribute is None:
            return {"Ref": lid}
        return {"Fn::GetAtt": [lid, self.attribute]}

    def resolve(self, context: Any) -> Any:
        if context.synthesizing:
            # the consuming and the producing stack, read from their caches when they are filled (the properties
            # fill them)
            consumer = (type(context) is ResolveContext and context._stack) or context.consuming_stack
            if consumer is not (self._producer or self.producer_stack):
                key = id(consumer)
                value = self._replacements.get(key)
                if value is None:
                    from ._private.refs import resolve_reference_for

                    value = resolve_reference_for(consumer, self)
                    self._replacements[key] = value
                return value
        lid = self.target._resolved_logical_id()  # type: ignore[attr-defined]
        if self.attribute is None:
            return FreshIntrinsic(Ref=lid)
        return FreshIntrinsic({"Fn::GetAtt": [lid, self.attribute]})

    def has_value_for_stack(self, stack: Stack) -> bool:
        return id(stack) in self._replacements

    def to_string(self) -> str:
        return TOKEN_MAP.register_string(self, "Token")

