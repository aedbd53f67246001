"""``cached_property`` without a lock.

``functools.cached_property`` takes a lock on every first access in Python 3.11 (removed in 3.12); constructs
are built on one thread, so the L2 attributes that are made on first use (ARNs, names, grants) use this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

T = TypeVar("T")
_set = object.__setattr__


class _CachedProperty(Generic[T]):
    """Compute the attribute on first access and store it in the instance ``__dict__``."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _CachedProperty[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        _set(instance, self.attrname, value)  # type: ignore[arg-type]  # as writing __dict__, which it leaves unmade
        return value


if TYPE_CHECKING:
    # Type checkers see a read-only property: a class whose ARN or name is made on first use then satisfies an
    # interface's read-only member (``@property def queue_arn(self) -> str``) for mypy and for pyright (pyright
    # matches no other descriptor, not even functools.cached_property, with a protocol's property).
    cached_property = property
else:
    cached_property = _CachedProperty
