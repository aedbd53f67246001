"""Protocols with optional members: jsii interfaces whose members an implementation may leave out.

Some aws-cdk-lib interfaces declare members that implementations may omit (``IResolvable.creation_stack``,
``to_string`` and ``type_hint``; cloudwatch's ``IWidget.warnings``). A protocol lists such names in a class-level
``__optional_members__`` set: the hint-driven argument checks (``typecheck``) do not require them, and with
``OptionalMembersMeta`` as its metaclass, ``isinstance`` against a ``runtime_checkable`` protocol does not either.
"""

from __future__ import annotations

import abc
import typing
from typing import Any

if typing.TYPE_CHECKING:  # type checkers see a plain metaclass (typeshed does not name Protocol's)
    _ProtocolMeta = type
else:
    _ProtocolMeta = type(typing.Protocol)


def optional_members(proto: type) -> frozenset[str]:
    """The names the protocol (or one of its bases) marks optional in ``__optional_members__``."""
    names: set[str] = set()
    for base in proto.__mro__:
        names.update(base.__dict__.get("__optional_members__", ()))
    return frozenset(names)


_REQUIRED: dict[type, tuple[str, ...] | None] = {}  # per protocol: its required members (None: no optional ones)


def _required_members(cls: type) -> tuple[str, ...] | None:
    """The members an instance of the runtime protocol ``cls`` must have, when ``cls`` marks some optional."""
    found = _REQUIRED.get(cls, _REQUIRED)
    if found is not _REQUIRED:
        return found  # type: ignore[return-value]
    optional = optional_members(cls)
    required: tuple[str, ...] | None = None
    if optional and getattr(cls, "_is_protocol", False) and getattr(cls, "_is_runtime_protocol", False):
        getter = getattr(typing, "_get_protocol_attrs", None)
        attrs = getter(cls) if getter is not None else getattr(cls, "__protocol_attrs__", set())
        required = tuple(a for a in attrs if a not in optional and a != "__optional_members__")
    _REQUIRED[cls] = required
    return required


class OptionalMembersMeta(_ProtocolMeta):
    """The metaclass of a protocol with ``__optional_members__``: ``isinstance`` requires only the others.

    The required members are computed once per protocol (``typing`` recomputes a protocol's members at every
    ``isinstance``, which made ``isinstance(value, IResolvable)`` one of synthesis's costliest calls). A value
    lacking one of them lacks one of all the members too, so ``typing``'s structural test cannot pass: only the
    nominal one (``abc``: a subclass, or a registered class) is left to ask.
    """

    def __instancecheck__(cls, instance: Any) -> bool:
        required = _required_members(cls)
        if required is not None and not isinstance(instance, type):
            for a in required:
                if not hasattr(instance, a):
                    return bool(abc.ABCMeta.__instancecheck__(cls, instance))  # type: ignore[arg-type]
            return True
        return bool(super().__instancecheck__(instance))
