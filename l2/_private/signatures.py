"""Signatures made on first use, for methods that take ``**kwargs`` and forward them to another method.

``DockerImageFunction(**props)`` forwards ``Function``'s keyword arguments; its ``inspect.signature`` lists them
(help(), IDEs, the parity gauge and the keyword-docs check read it). Building that signature needs the
``inspect`` module (with ``ast``, ``dis`` and ``tokenize``: a tenth of the import time of ``l2.lambda_``) and
walks the forwarded method's parameters, so it is made when something asks for it, not at import.

``lazy_signature(make)`` decorates the method: the function gets a ``__wrapped__`` object whose
``__signature__`` is ``make(function)``, computed on the first read (``make`` reads the function's own
parameters with ``inspect.signature(function, follow_wrapped=False)``). ``inspect.signature`` follows ``__wrapped__`` chains
(through the argument-check wrappers, whose ``__wrapped__`` is this function) and stops at the first object
that has a ``__signature__``, which it returns as is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import inspect

F = TypeVar("F", bound=Callable[..., Any])


class _SignatureOnFirstUse:
    """The end of a function's ``__wrapped__`` chain: its ``__signature__`` is made by ``make(func)`` once."""

    def __init__(self, func: Callable[..., Any], make: Callable[[Callable[..., Any]], inspect.Signature]) -> None:
        self.__globals__ = getattr(func, "__globals__", {})  # where typing.get_type_hints looks up names
        self._func = func
        self._make = make
        self._signature: inspect.Signature | None = None

    @property
    def __signature__(self) -> inspect.Signature:
        if self._signature is None:
            self._signature = self._make(self._func)
        return self._signature


def lazy_signature(make: Callable[[Callable[..., Any]], inspect.Signature]) -> Callable[[F], F]:
    """Decorate a function so that ``inspect.signature`` of it (or of a wrapper of it) returns ``make(function)``,
    made on first use; ``make`` may refer to names defined after the function (its own class)."""

    def decorate(func: F) -> F:
        func.__wrapped__ = _SignatureOnFirstUse(func, make)  # type: ignore[attr-defined]
        return func

    return decorate
