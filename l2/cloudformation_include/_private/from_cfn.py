"""Build a generated L1 resource from its template entry (aws-cdk-lib's ``CfnBucket._fromCloudFormation``).

The L1 classes describe their properties in ``_CFN_PROPS`` rows ``(cfn_name, py_name, spec, required, ...)``;
each value of the template is converted by its row's type as aws-cdk-lib's generated ``...FromCloudFormation``
functions convert it, nested property types become the L1's property type objects, and keys the L1 does not
know are kept as property overrides (so the template renders back with them).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import l1._private.render as _render
from constructs import CfnResource, Construct, Token, ValidationError
from l1._private.render import _property_class
from l2.cloudformation_include._private.parser import (
    CfnParser,
    get_boolean,
    get_cfn_tag,
    get_number,
    get_string,
    is_resolvable,
)


def l1_class(type_name: str) -> type[CfnResource] | None:
    """The generated L1 class of a resource type, or ``None`` for a type pycdk has no class for."""
    from l1._index import RESOURCE_TYPES

    found = RESOURCE_TYPES.get(type_name)
    if found is None:
        return None
    module, class_name = found
    cls: type[CfnResource] = getattr(importlib.import_module(f"l1.{module}"), class_name)
    return cls


def _convert(owner: type, spec: Any, value: Any) -> tuple[Any, dict[str, Any]]:
    """A template value converted for a property of type ``spec``, and its unknown keys (dotted path → value)."""
    if isinstance(spec, str):
        if spec == "s":
            return get_string(value), {}
        if spec in ("i", "n"):
            return get_number(value), {}
        if spec == "b":
            return get_boolean(value), {}
        if spec == "t":
            return get_cfn_tag(value), {}
        return value, {}
    kind = spec[0]
    if kind == "u":
        return value, {}
    if kind == "l":
        if is_resolvable(value) and spec[1] == "s":
            return Token.as_list(value), {}
        if not isinstance(value, list):
            return value, {}
        items: list[Any] = []
        extra: dict[str, Any] = {}
        for index, item in enumerate(value):
            converted, more = _convert(owner, spec[1], item)
            items.append(converted)
            extra.update({f"{index}.{key}": v for key, v in more.items()})
        return items, extra
    if kind == "m":
        if not isinstance(value, dict):
            return value, {}
        out: dict[str, Any] = {}
        extra = {}
        for key, item in value.items():
            converted, more = _convert(owner, spec[1], item)
            out[key] = converted
            extra.update({f"{key}.{k}": v for k, v in more.items()})
        return out, extra
    # a property type
    if is_resolvable(value) or not isinstance(value, dict):
        return value, {}
    cls = _property_class(owner, spec[1])
    kwargs, extra = _convert_rows(cls, cls._CFN_PROPS, value)  # type: ignore[attr-defined]
    try:
        return cls(**kwargs), extra
    except TypeError:
        return kwargs, extra  # a required key is missing: keep the mapping, rendering reports it


def _convert_rows(owner: type, rows: Any, value: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    known: set[str] = set()
    for cfn_name, py_name, spec, _required, _constraints in rows:
        known.add(cfn_name)
        if value.get(cfn_name) is None:
            continue
        if py_name == "tags" and isinstance(value[cfn_name], list) and hasattr(owner, "CFN_RESOURCE_TYPE_NAME"):
            converted: Any = [_tag_for_manager(get_cfn_tag(tag)) for tag in value[cfn_name]]
            more: dict[str, Any] = {}
        else:
            converted, more = _convert(owner, spec, value[cfn_name])
        kwargs[py_name] = converted
        extra.update({f"{cfn_name}.{key}": item for key, item in more.items()})
    for key, item in value.items():
        if key not in known:
            extra[key] = item
    return kwargs, extra


@contextmanager
def _constraints_off() -> Iterator[None]:
    checks = _render._check
    _render._check = _no_check
    try:
        yield
    finally:
        _render._check = checks


def _no_check(constraints: dict[str, Any], value: Any, path: str) -> None:
    del constraints, value, path  # every value passes


def _render_without_constraints(resource: CfnResource) -> None:
    """Render ``resource`` without the registry schema's value constraints (pattern, enum, lengths, ranges).

    aws-cdk-lib's L1 classes check the types of their properties but not those constraints; an included
    template is written back as it was given, so pycdk's L1 checks of them are left out for its resources.
    """
    render: Callable[[], dict[str, Any]] = resource._cfn_render_properties  # type: ignore[attr-defined]

    def render_unconstrained() -> dict[str, Any]:
        with _constraints_off():
            return render()

    resource._cfn_render_properties = render_unconstrained  # type: ignore[attr-defined, method-assign]


def _js_text(value: Any) -> Any:
    """JavaScript's template-literal text of a value (how aws-cdk-lib's ``TagManager`` stores tag keys and values)."""
    if value is None:
        return "undefined"
    if is_resolvable(value):
        return Token.as_string(value)
    return get_string(value)


def _tag_for_manager(tag: Any) -> Any:
    if not isinstance(tag, dict) or not tag:
        return tag
    key, value = _js_text(tag.get("key")), _js_text(tag.get("value"))
    if Token.is_unresolved(key):
        # pycdk's TagManager passes a tag whose key is a token through as it is given: in CloudFormation's casing
        return {"Key": key, "Value": value}
    return {"key": key, "value": value}


def from_cloudformation(
    cls: type[CfnResource], scope: Construct, id: str, attributes: dict[str, Any], parser: CfnParser
) -> CfnResource:
    """A new ``cls`` in ``scope`` built from the template entry ``attributes`` of one resource."""
    properties = parser.parse_value(attributes.get("Properties"))
    if properties is None:
        properties = {}
    if is_resolvable(properties):
        raise ValidationError("Unexpected IResolvable", scope)
    rows = cls._CFN_PROPS  # type: ignore[attr-defined]
    if isinstance(properties, dict):
        kwargs, extra = _convert_rows(cls, rows, properties)
    else:
        kwargs, extra = {}, {}
    for _cfn_name, py_name, _spec, required, _constraints in rows:
        if required and py_name not in kwargs:
            kwargs[py_name] = None  # aws-cdk-lib's rendering reports it missing, so does pycdk's
    resource = cls(scope, id, **kwargs)  # type: ignore[call-arg]
    _render_without_constraints(resource)
    for path, value in extra.items():
        resource.add_property_override(path, value)
    parser.handle_attributes(resource, attributes, id)
    return resource
