"""Runtime helpers of the generated L1 classes for resource references (``aws_cdk.interfaces.*``).

* :func:`struct` finds a generated ``XxxReference`` class (its module loads on first use, so an L1 module costs
  nothing more at import);
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
import re
from collections.abc import Sequence
from typing import Any

from constructs import Fn, IResolvable, Token

_STRUCTS: dict[tuple[str, str], Any] = {}
# Where the reference classes of a namespace are defined: the core's own namespaces by module (the L1 classes of
# AWS::CloudFormation::* are the core's), and the packages holding one module per namespace, which the L1 layer
# registers when it loads (``l1._private.interfaces``; the core cannot import ``l1``).
REFERENCE_MODULES: dict[str, str] = {}
REFERENCE_PACKAGES: list[str] = []


def struct(module: str, name: str) -> Any:
    """The reference class ``name`` of the namespace ``module`` (``struct("s3", "BucketReference")``)."""
    found = _STRUCTS.get((module, name))
    if found is None:
        where = REFERENCE_MODULES.get(module)
        if where is None:
            if not REFERENCE_PACKAGES:
                raise LookupError(f"no module holds the references of the {module!r} namespace")
            where = f"{REFERENCE_PACKAGES[0]}.{module}"
        found = _STRUCTS[(module, name)] = getattr(importlib.import_module(where), name)
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


def parse_template(template: str, text: str, scope: Any = None) -> dict[str, str]:
    """The ``${Name}`` values of ``text`` read against ``template`` (aws-cdk-lib's ``TemplateString.parse``): each
    variable runs to the next literal part; a mismatch (a token, another format) is a ``ValidationError``."""
    from constructs import ValidationError

    parts = re.split(r"(\$\{[^{}]+\})", template)
    found: dict[str, str] = {}
    index = 0
    for position, part in enumerate(parts):
        if part.startswith("${") and part.endswith("}"):
            following = parts[position + 1] if position + 1 < len(parts) else ""
            end = text.find(following, index) if following else len(text)
            if end < 0:
                raise ValidationError(f"Input {text} does not match template {template}", scope)
            found[part[2:-1]] = text[index:end]
            index = end
        else:
            if text[index:index + len(part)] != part:
                raise ValidationError(f"Input {text} does not match template {template}", scope)
            index += len(part)
    if index != len(text):
        raise ValidationError(f"Input {text} does not match template {template}", scope)
    return found


def imported(
    scope: Any, id: str, argument: str, module: str, name: str, ref_property: str, kind: str,
    template: str | None, variable: str | None, fields: tuple[tuple[str, tuple[str, ...]], ...],
) -> Any:
    """The resource a static ``from_xxx_arn``/``from_xxx_name`` of an L1 class returns (see ``l1._codegen.cdk_refs``):
    a ``Resource`` whose ``ref_property`` holds the reference struct ``name`` of the namespace ``module``."""
    from constructs import Resource, Stack

    arn = argument
    variables: dict[str, str] = {}
    if kind == "template":
        assert template is not None and variable is not None
        stack = Stack.of(scope)
        values = {"Partition": stack.partition, "Region": stack.region, "Account": stack.account, variable: argument}
        arn = template
        for key, value in values.items():
            arn = arn.replace("${" + key + "}", value)
    resource = Resource(scope, id, environment_from_arn=arn) if kind != "value" else Resource(scope, id)
    if kind == "arn":
        assert template is not None
        variables = parse_template(template, argument, resource)
    values = {
        field: argument if source[0] == "argument" else arn if source[0] == "arn" else variables[source[1]]
        for field, source in fields
    }
    setattr(resource, ref_property, struct(module, name)(**values))
    return resource


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
