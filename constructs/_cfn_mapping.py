"""``CfnMapping``: a template mapping, optionally lazy (inlined when the lookup keys are literal)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._annotations import Annotations
from ._cfn_element import CfnElement
from ._construct import Construct
from ._errors import ValidationError
from ._fn import Fn
from ._private import structs
from ._token import Token


class CfnMapping(CfnElement):
    """A CloudFormation mapping.

    Args:
        mapping: ``{top_level_key: {second_level_key: value}}``.
        lazy: render the mapping only if a lookup cannot be computed at synthesis.
    """

    def __init__(
        self, scope: Construct, id: str, *, lazy: bool | None = None, mapping: Mapping[str, Mapping[str, object]] | None = None
    ) -> None:
        super().__init__(scope, id)
        self._mapping: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (mapping or {}).items()}
        self.lazy: bool = bool(lazy)
        self._lazy_render = not self.lazy
        self._lazy_informed = False

    def set_value(self, key1: str, key2: str, value: object) -> None:
        """Set a value."""
        self._mapping.setdefault(key1, {})[key2] = value

    def find_in_map(self, key1: str, key2: str, default_value: str | None = None) -> str:
        """Look a value up: inlined for lazy mappings with literal keys, else ``Fn::FindInMap``."""
        if not Token.is_unresolved(key1) and not Token.is_unresolved(key2):
            present = key1 in self._mapping and key2 in self._mapping[key1]
            if not present and default_value is None:
                if key1 not in self._mapping:
                    raise ValidationError(f"Mapping doesn't contain top-level key '{key1}'", self)
                raise ValidationError(f"Mapping doesn't contain second-level key '{key2}'", self)
            if self.lazy:
                return self._mapping[key1][key2] if present else default_value  # type: ignore[return-value]
            if not self._lazy_informed:
                Annotations.of(self).add_info(
                    "Consider making this CfnMapping a lazy mapping by providing `lazy: true`: either no "
                    "findInMap was called or every findInMap could be immediately resolved without using "
                    "Fn::FindInMap"
                )
                self._lazy_informed = True
        elif not Token.is_unresolved(key1) and key1 not in self._mapping and default_value is None:
            raise ValidationError(f"Mapping doesn't contain top-level key '{key1}'", self)
        self._lazy_render = True
        return _MappingEmbedder(self, key1, key2, default_value).to_string()

    def _to_cloudformation(self) -> dict[str, Any]:
        if not self._lazy_render:
            return {}
        return {"Mappings": {self._resolved_logical_id(): self._mapping}}


class _MappingEmbedder:
    """``Fn::FindInMap`` on a mapping; used from another stack, it points at a copy made in that stack."""

    __slots__ = ("mapping", "key1", "key2", "default_value", "_by_consumer", "__weakref__")

    def __init__(self, mapping: CfnMapping, key1: str, key2: str, default_value: str | None) -> None:
        self.mapping = mapping
        self.key1 = key1
        self.key2 = key2
        self.default_value = default_value
        self._by_consumer: dict[int, str] = {}

    def to_string(self) -> str:
        from ._private.token_map import TOKEN_MAP

        return TOKEN_MAP.register_string(self)

    def resolve(self, context: Any) -> Any:
        from ._stack import Stack

        consumer = Stack.of(context.scope)
        target = self.mapping
        if consumer is not target.stack:
            copy_id = f"MappingCopy-{target.node.id}-{target.node.addr}"
            copy = consumer.node.try_find_child(copy_id)
            if copy is None:
                copy = CfnMapping(consumer, copy_id, mapping=target._mapping)
                consumer._template_dirty = True
            target = copy  # type: ignore[assignment]
        # one Fn::FindInMap per consuming stack, the same at every render (it counts once for the transform)
        found = self._by_consumer.get(id(consumer))
        if found is None:
            found = self._by_consumer[id(consumer)] = Fn.find_in_map(
                target.logical_id, self.key1, self.key2, self.default_value
            )
        return found


@structs.frozen(kw_only=True)
class CfnMappingProps:
    """The keyword arguments of ``CfnMapping``.

    Args:
        lazy: render the mapping only if a lookup cannot be resolved at synthesis (default false).
        mapping: ``{top_level_key: {second_level_key: value}}`` (default no mapping).
    """

    lazy: bool | None = None
    mapping: Mapping[str, Mapping[str, object]] | None = None
