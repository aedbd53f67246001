"""``Stack.consume_reference``: a resource attribute consumed from another stack with a chosen strength."""

from __future__ import annotations

from typing import Any

from .._errors import UnscopedValidationError

_MISSING = object()


class CoupledReference:
    """Resolves like its reference, but in another stack with ``strength`` instead of the app's default."""

    __slots__ = ("reference", "strength", "_values", "_deferred", "__weakref__")

    def __init__(self, reference: Any, strength: Any) -> None:
        self.reference = reference
        self.strength = strength
        self._values: dict[int, Any] = {}
        self._deferred: set[int] = set()

    @property
    def creation_stack(self) -> list[str]:
        return []

    @property
    def type_hint(self) -> Any:
        return getattr(self.reference, "type_hint", None)

    def resolve(self, context: Any) -> Any:
        ref = self.reference
        if not getattr(context, "synthesizing", False):
            return ref.resolve(context)
        consumer = context.consuming_stack
        if consumer is ref.producer_stack:
            return ref.resolve(context)
        key = id(consumer)
        value = self._values.get(key)
        if value is None and key not in self._deferred:
            # as aws-cdk-lib: references with their own strength are wired after every plain reference of the
            # app (the exports and outputs they add come after those of plain references): the first render
            # gets a stand-in and the consumer is rendered again in the next pass
            self._deferred.add(key)
            consumer._synthesis_invalidate()
            return ref.intrinsic()
        if value is None:
            from .refs import resolve_reference_for

            target = ref.target
            saved = target.__dict__.get("_cross_stack_reference_strength", _MISSING)
            target.__dict__["_cross_stack_reference_strength"] = getattr(self.strength, "value", self.strength)
            try:
                value = resolve_reference_for(consumer, ref)
            finally:
                if saved is _MISSING:
                    del target.__dict__["_cross_stack_reference_strength"]
                else:
                    target.__dict__["_cross_stack_reference_strength"] = saved
            self._values[key] = value
        return value


def coupled_reference(value: Any, strength: Any) -> CoupledReference:
    """The reference behind ``value`` (a resource attribute token) with ``strength``."""
    from .._cfn_reference import CfnReference
    from .._token import Tokenization

    resolvable = Tokenization.reverse(value)
    if not isinstance(resolvable, CfnReference):
        raise UnscopedValidationError(
            "consumeReference: the value must be a resource attribute reference (like 'bucket.bucketArn')"
        )
    return CoupledReference(resolvable, strength)
