"""Base class of the generated property types (``CfnBucket.VersioningConfigurationProperty``).

Property types are frozen, keyword-only value objects. They are generated as plain classes with
``__slots__`` and an explicit ``__init__`` rather than attrs classes: building an attrs class costs about
0.46 ms, and a module such as ``l1.ec2`` holds hundreds of property types, so attrs would add hundreds of
milliseconds to ``from l1 import ec2``; a plain class costs about 7 µs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import inspect


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
        from constructs._private.l1runtime.render import render_property_type

        return render_property_type(self)



class _PropsMeta(type):
    """Gives each ``Cfn*Props`` class the signature of its resource's constructor (without scope and id)."""

    @property
    def __signature__(cls) -> inspect.Signature:
        import inspect  # only when asked: importing it costs more than many an app's L1 module

        resource = getattr(cls, "_RESOURCE", None)
        if resource is None:
            return inspect.Signature([inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD)])
        params = list(inspect.signature(resource.__init__).parameters.values())[3:]
        return inspect.Signature(params, return_annotation=None)


class CfnResourceProps(CfnPropertyType, metaclass=_PropsMeta):
    """Base of the generated ``Cfn*Props`` structs (aws-cdk-lib's ``CfnBucketProps``, ...).

    A ``CfnBucketProps`` takes the keyword arguments of ``CfnBucket`` (without ``scope`` and ``id``), required
    ones included, and keeps them as read-only attributes. Like aws-cdk-lib's jsii structs, ``_values`` holds the
    arguments that were given, so ``CfnBucket(scope, "Bucket", **props._values)`` creates the resource from it.
    The classes are made on first use from the resource class (:func:`resource_props_class`, called by each
    generated module's ``__getattr__``), so they add nothing to ``import l1.ec2``; their signature is the
    resource constructor's.
    """

    __slots__ = ()
    _RESOURCE: ClassVar[type]

    def __init__(self, **kwargs: Any) -> None:
        known = {row[1]: row[3] for row in self._CFN_PROPS}
        unknown = sorted(set(kwargs) - set(known))
        if unknown:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {unknown[0]!r}")
        missing = [name for name, required in known.items() if required and kwargs.get(name) is None]
        if missing:
            names = ", ".join(repr(name) for name in missing)
            raise TypeError(f"{type(self).__name__}() missing required keyword argument(s): {names}")
        for name in known:
            object.__setattr__(self, name, kwargs.get(name))

    @property
    def _values(self) -> dict[str, Any]:
        """The keyword arguments that were given (not ``None``), by Python name."""
        return {row[1]: value for row in self._CFN_PROPS if (value := getattr(self, row[1])) is not None}


def resource_props_class(
    namespace: dict[str, Any], name: str, aliases: dict[str, tuple[str, str]] | None = None
) -> type[Any]:
    """The ``Cfn*Props`` struct ``name`` of a generated module (its ``globals()``), made on first use and kept.

    ``aliases`` maps aws-cdk-lib's second name of another module's class to ``(module, class name)``: the alias is
    a subclass named and placed as aws-cdk-lib has it (``l1.kinesisanalytics.CfnApplicationV2``, so ``tree.json``
    shows that name), with the same nested types and keyword arguments, and gets its own ``...Props``.
    """
    base = name[:-5] if name.endswith("Props") else name
    if aliases and base in aliases and base not in namespace:
        module_name, class_name = aliases[base]
        target = getattr(importlib.import_module(module_name), class_name)
        doc = f"aws-cdk-lib's second name of ``{module_name}.{class_name}`` ({target.CFN_RESOURCE_TYPE_NAME})."
        namespace[base] = type(target)(
            base, (target,), {"__module__": namespace["__name__"], "__qualname__": base, "__doc__": doc}
        )
    if name == base and name in namespace:
        value: type[Any] = namespace[name]
        return value
    resource = namespace.get(name[:-5]) if name.endswith("Props") else None
    rows = getattr(resource, "_CFN_PROPS", None)
    if not isinstance(resource, type) or rows is None or not hasattr(resource, "CFN_RESOURCE_TYPE_NAME"):
        raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
    body = {
        "__slots__": tuple(row[1] for row in rows),
        "__module__": namespace["__name__"],
        "__qualname__": name,
        "__doc__": f"The properties of a ``{resource.__name__}`` (``{resource.CFN_RESOURCE_TYPE_NAME}``): its keyword "
        "arguments, as read-only attributes.",
        "_CFN_PROPS": rows,
        "_RESOURCE": resource,
    }
    cls: type[CfnResourceProps] = _PropsMeta(name, (CfnResourceProps,), body)  # type: ignore[assignment]
    namespace[name] = cls
    return cls
