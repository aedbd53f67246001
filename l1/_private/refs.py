"""Runtime helpers of the generated L1 classes for resource references (``aws_cdk.interfaces.*``).

* :func:`struct` finds a generated ``XxxReference`` class (``l1/interfaces/<module>.py`` loads on first use, so
  an L1 module costs nothing more at import);
* :func:`part` is one part of a ``|``-joined ``Ref`` (``Fn::Select`` of ``Fn::Split``), as aws-cdk-lib's
  references of types with a composite primary identifier read it;
* :func:`resolve` and :func:`resolve_list` turn what a ref-accepting property was given into its value when
  the L1 class is created, as aws-cdk-lib's constructors do: a string or a token stays as it is; an object with
  the reference property (an L1 or L2 construct, or any ``IXxxRef``) gives the field of its reference; the
  lookups are tried in aws-cdk-lib's order. Anything else is a ``TypeError`` naming the construct path and the
  argument.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from constructs import Fn, IResolvable, Token

_STRUCTS: dict[tuple[str, str], Any] = {}


def struct(module: str, name: str) -> Any:
    """The class ``name`` of ``l1._private.interfaces.<module>``."""
    found = _STRUCTS.get((module, name))
    if found is None:
        found = _STRUCTS[(module, name)] = getattr(importlib.import_module(f"l1._private.interfaces.{module}"), name)
    return found


def part(resource: Any, index: int) -> str:
    """``Fn::Select [index, Fn::Split ["|", Ref]]`` of ``resource``."""
    return Fn.select(index, Fn.split("|", resource.ref))


def interpolate(template: str, resource: Any, values: dict[str, Any]) -> str:
    """``template`` with each ``${Name}`` replaced: ``Partition`` (the partition of ``resource``'s stack), ``Region``
    and ``Account`` (its ``env``), or ``values[Name] == (ref property, field)`` of its reference."""
    from constructs import Stack

    text = template
    for name, source in values.items():
        if source == "partition":
            value = Stack.of(resource).partition
        elif source in ("region", "account"):
            value = getattr(resource.env, source)
        else:
            value = getattr(getattr(resource, source[0]), source[1])
        text = text.replace("${" + name + "}", value)
    return text


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _one(scope: Any, argument: str, value: Any, lookups: tuple[tuple[str, str], ...], expected: str) -> Any:
    if isinstance(value, str) or isinstance(value, IResolvable) or Token.is_unresolved(value):
        return value
    for ref_property, field in lookups:
        reference = getattr(value, ref_property, None)
        if reference is not None:
            found = getattr(reference, field, None)
            if found is not None:
                return found
    raise TypeError(
        f"{scope.node.path}: {type(scope).__name__} argument {argument!r} must be {expected}, "
        f"got {type(value).__name__}: {_describe(value)}"
    )


def resolve(scope: Any, argument: str, value: Any, lookups: tuple[tuple[str, str], ...], expected: str) -> Any:
    """The value a ref-accepting property stores (see the module docstring); ``None`` stays ``None``."""
    if value is None:
        return None
    return _one(scope, argument, value, lookups, expected)


def resolve_list(
    scope: Any, argument: str, value: Any, lookups: tuple[tuple[str, str], ...], expected: str
) -> Any:
    """:func:`resolve` for each item of a list property; a token standing for the whole list stays as it is."""
    if value is None or isinstance(value, IResolvable) or Token.is_unresolved(value):
        return value
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(
            f"{scope.node.path}: {type(scope).__name__} argument {argument!r} must be a list of {expected}, "
            f"got {type(value).__name__}: {_describe(value)}"
        )
    resolved = [_one(scope, f"{argument}[{index}]", item, lookups, expected) for index, item in enumerate(value)]
    if all(new is old for new, old in zip(resolved, value, strict=True)):
        return value  # the caller's list itself: an L2 may still add to it
    if isinstance(value, list):
        value[:] = resolved  # in place, as aws-cdk-lib's mapArrayInPlace
        return value
    return resolved
