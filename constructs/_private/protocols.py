"""Protocols with optional members: jsii interfaces whose members an implementation may leave out.

Some aws-cdk-lib interfaces declare members that implementations may omit (``IResolvable.creation_stack``,
``to_string`` and ``type_hint``; cloudwatch's ``IWidget.warnings``). A protocol lists such names in a class-level
``__optional_members__`` set: the hint-driven argument checks (``typecheck``) do not require them, and with
``OptionalMembersMeta`` as its metaclass, ``isinstance`` against a ``runtime_checkable`` protocol does not either.
"""

from __future__ import annotations

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


class OptionalMembersMeta(_ProtocolMeta):
    """The metaclass of a protocol with ``__optional_members__``: ``isinstance`` requires only the others."""

    def __instancecheck__(cls, instance: Any) -> bool:
        optional = optional_members(cls)
        if (optional and getattr(cls, "_is_protocol", False) and getattr(cls, "_is_runtime_protocol", False)
                and not isinstance(instance, type)):
            getter = getattr(typing, "_get_protocol_attrs", None)
            attrs = getter(cls) if getter is not None else getattr(cls, "__protocol_attrs__", set())
            required = [a for a in attrs if a not in optional and a != "__optional_members__"]
            if all(hasattr(instance, a) for a in required):
                return True
        return bool(super().__instancecheck__(instance))
