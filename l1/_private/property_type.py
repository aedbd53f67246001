"""Base class of the generated property types (``CfnBucket.VersioningConfigurationProperty``).

Property types are frozen, keyword-only value objects. They are generated as plain classes with
``__slots__`` and an explicit ``__init__`` rather than attrs classes: building an attrs class costs about
0.46 ms, and a module such as ``l1.ec2`` holds hundreds of property types, so attrs would add hundreds of
milliseconds to ``from l1 import ec2``; a plain class costs about 7 µs.
"""

from __future__ import annotations

from typing import Any, ClassVar


class CfnPropertyType:
    """A nested property type of an L1 resource: frozen, compared by value, rendered with CloudFormation names.

    Subclasses are generated; each lists its properties in ``_CFN_PROPS`` as rows
    ``(cfn_name, py_name, type_spec, required, constraints)`` in alphabetical order of ``cfn_name``.
    """

    __slots__ = ()
    _CFN_PROPS: ClassVar[tuple[tuple[Any, ...], ...]] = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__qualname__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__qualname__} is frozen: cannot delete {name!r}")

    def _cfn_values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, row[1]) for row in self._CFN_PROPS)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, CfnPropertyType)
        return self._cfn_values() == other._cfn_values()

    def __hash__(self) -> int:
        return hash((type(self), repr(self._cfn_values())))

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{row[1]}={getattr(self, row[1])!r}" for row in self._CFN_PROPS if getattr(self, row[1]) is not None
        )
        return f"{type(self).__qualname__}({fields})"

    def _cfn_render(self) -> dict[str, Any]:
        """The CloudFormation form of this value: CloudFormation names, alphabetical, tokens left as they are."""
        from l1._private.render import render_property_type

        return render_property_type(self)
