"""How mixins merge property values into a construct's props: ``PropertyMergeStrategy`` (override or combine) and
``ArrayMergeStrategy`` (how lists combine)."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any, Protocol, runtime_checkable

from constructs._private import structs

_RESERVED = ("__proto__", "constructor", "prototype")


@runtime_checkable
class IArrayMergeStrategy(Protocol):
    """How a source list merges into a target list."""

    def merge(self, target: Sequence[object], source: Sequence[object]) -> list[object]: ...


@runtime_checkable
class IMergeStrategy(Protocol):
    """How the ``allowed_keys`` of ``source`` are merged into ``target`` (in place)."""

    def apply(self, target: MutableMapping[str, object], source: MutableMapping[str, object],
              allowed_keys: Sequence[str]) -> None: ...


@structs.frozen(kw_only=True)
class CombineStrategyOptions:
    """The options of ``PropertyMergeStrategy.combine``: how lists combine (default: replaced).

    Args:
        arrays: how lists are merged (default: the new list replaces the old one).
    """

    arrays: IArrayMergeStrategy | None = None


def _is_intrinsic(value: Any) -> bool:
    if not isinstance(value, dict) or len(value) != 1:
        return False
    key = next(iter(value))
    return key == "Ref" or key.startswith("Fn::")


def _deep_merge(target: dict[Any, Any], source: dict[Any, Any]) -> dict[Any, Any]:
    """Merge ``source`` into ``target`` (aws-cdk-lib's deepMerge: an intrinsic is replaced, not merged into;
    None deletes; an emptied object is dropped)."""
    for key, value in source.items():
        if key in _RESERVED:
            continue
        if isinstance(value, dict):
            cur = target.get(key)
            if not isinstance(cur, dict) or _is_intrinsic(cur) or _is_intrinsic(value):
                cur = {}
            target[key] = _deep_merge(cur, value)
            if not target[key]:
                del target[key]
        elif value is None:
            target.pop(key, None)
        else:
            target[key] = value
    return target


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


class _Replace:
    def merge(self, target: Sequence[Any], source: Sequence[Any]) -> list[Any]:
        return list(source)


class _Append:
    def merge(self, target: Sequence[Any], source: Sequence[Any]) -> list[Any]:
        return [*target, *source]


class _Prepend:
    def merge(self, target: Sequence[Any], source: Sequence[Any]) -> list[Any]:
        return [*source, *target]


class _ReplaceByIndex:
    def merge(self, target: Sequence[Any], source: Sequence[Any]) -> list[Any]:
        result = list(target)
        for i, item in enumerate(source):
            if i < len(result):
                result[i] = item
            else:
                result.append(item)
        return result


class _ReplaceByKey:
    def __init__(self, key: str) -> None:
        self.key = key

    def merge(self, target: Sequence[Any], source: Sequence[Any]) -> list[Any]:
        result = list(target)
        for item in source:
            if not isinstance(item, dict):
                continue
            value = item.get(self.key)
            idx = next((i for i, t in enumerate(result) if isinstance(t, dict) and t.get(self.key) == value), -1)
            if idx >= 0:
                result[idx] = item
            else:
                result.append(item)
        return result


class ArrayMergeStrategy:
    """Ready-made list merge strategies."""

    @staticmethod
    def replace() -> IArrayMergeStrategy:
        """The source list replaces the target list."""
        return _Replace()

    @staticmethod
    def append() -> IArrayMergeStrategy:
        """Source items after the target's."""
        return _Append()

    @staticmethod
    def prepend() -> IArrayMergeStrategy:
        """Source items before the target's."""
        return _Prepend()

    @staticmethod
    def replace_by_index() -> IArrayMergeStrategy:
        """Source item ``i`` replaces target item ``i`` (extra items are added)."""
        return _ReplaceByIndex()

    @staticmethod
    def replace_by_key(key: str) -> IArrayMergeStrategy:
        """A source object replaces the target object with the same ``key`` value, else is appended."""
        return _ReplaceByKey(key)


class _Override:
    def apply(self, target: MutableMapping[Any, Any], source: MutableMapping[Any, Any],
              allowed_keys: Sequence[str]) -> None:
        for key in allowed_keys:
            if key not in _RESERVED and key in source:
                target[key] = source[key]


class _Combine:
    def __init__(self, arrays: IArrayMergeStrategy) -> None:
        self.arrays = arrays

    def apply(self, target: MutableMapping[Any, Any], source: MutableMapping[Any, Any],
              allowed_keys: Sequence[str]) -> None:
        for key in allowed_keys:
            if key in _RESERVED or key not in source:
                continue
            new, old = source[key], target.get(key)
            if isinstance(new, list) and isinstance(old, list):
                target[key] = self.arrays.merge(old, new)
            elif isinstance(new, dict) and isinstance(old, dict):
                target[key] = _deep_merge(_deep_merge({}, _copy(old)), _copy(new))
            else:
                target[key] = new


class PropertyMergeStrategy:
    """Ready-made property merge strategies."""

    @staticmethod
    def override() -> IMergeStrategy:
        """Source values replace target values."""
        return _Override()

    @staticmethod
    def combine(*, arrays: IArrayMergeStrategy | None = None) -> IMergeStrategy:
        """Objects are deep-merged, lists merged by ``arrays`` (default: replaced), other values replaced."""
        return _Combine(arrays or ArrayMergeStrategy.replace())
