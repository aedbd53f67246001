"""The ``aws:cdk:cloudformation:props`` attribute of L1 nodes in ``tree.json``.

aws-cdk-lib shows an L1's properties as its jsii values: camelCase names, top-level keys in alphabetical order,
struct keys with the required ones first (each group alphabetical), tags as ``{key, value}``, tokens resolved.
They are derived here from the resolved CloudFormation ``Properties`` the template already holds, by walking
the class's property tables backwards — no second resolution.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from constructs._private.l1runtime.attributes import unmade_tags
from constructs._private.l1runtime.property_type import CfnPropertyType
from constructs._private.l1runtime.render import _camel, _property_class


@cache
def _struct_rows(cls: type) -> tuple[tuple[str, str, Any, bool], ...]:
    """(cfn_name, camel_name, spec, plain) of a property type: required first, then optional, each alphabetical;
    ``plain``: the spec is a primitive one other than tags, whose value :func:`_value` returns as it is."""
    rows = sorted(cls._CFN_PROPS, key=lambda r: (not r[3], _camel(r[1])))  # type: ignore[attr-defined]
    return tuple((r[0], _camel(r[1]), r[2], isinstance(r[2], str) and r[2] != "t") for r in rows)


@cache
def _py_names(cls: type) -> dict[str, str]:
    """cfn_name -> py_name of a property type (read only)."""
    return {r[0]: r[1] for r in cls._CFN_PROPS}  # type: ignore[attr-defined]


@cache
def _camel_name(py_name: str) -> str:
    return _camel(py_name)


@cache
def _resource_table(cls: type) -> dict[str, tuple[str, Any, str]]:
    """cfn_name -> (camel_name, spec, py_name) of a resource type."""
    return {r[0]: (_camel(r[1]), r[2], r[1]) for r in cls._CFN_PROPS}  # type: ignore[attr-defined]


def _is_intrinsic(value: Any) -> bool:
    if type(value) is not dict or len(value) != 1:
        return False
    (key,) = value
    return key == "Ref" or key.startswith("Fn::")


def _jsii_tag(tag: Any) -> Any:
    if type(tag) is not dict or "Key" not in tag:
        return tag
    out = {"key": tag.get("Key"), "value": tag.get("Value")}
    if "PropagateAtLaunch" in tag:
        out["propagateAtLaunch"] = tag["PropagateAtLaunch"]
    return out


def _struct(cls: type, value: Any) -> Any:
    if type(value) is not dict or _is_intrinsic(value):
        return value
    out: dict[str, Any] = {}
    for cfn_name, camel, spec, plain in _struct_rows(cls):
        if cfn_name in value:
            out[camel] = value[cfn_name] if plain else _value(cls, spec, value[cfn_name])
    return out


def _holds_struct(given: Any) -> bool:
    """Whether a Python value is a property-type object or a list holding one."""
    return isinstance(given, CfnPropertyType) or (
        type(given) is list and any(isinstance(g, CfnPropertyType) for g in given)
    )


def _given_structs(owner: type, spec: Any, given: Any, value: Any) -> Any:
    """A value shown as jsii shows it, walking the Python value the user gave beside its resolved form.

    A property-type object given where the schema has no type (``"j"``: a union, ``oneOf``) is shown by jsii as
    a struct with camelCase keys, because aws-cdk-lib's spec types it (``CfnBucket.TargetObjectKeyFormatProperty``,
    SAM's ``CodeUri`` as ``S3LocationProperty``). Anything else is shown as :func:`_value` shows it.
    """
    if isinstance(given, CfnPropertyType) and type(value) is dict and not _is_intrinsic(value):
        cls: type = type(given)
        py_names = _py_names(cls)
        out: dict[str, Any] = {}
        for cfn_name, camel, child_spec, _plain in _struct_rows(cls):
            if cfn_name in value:
                out[camel] = _given_structs(cls, child_spec, getattr(given, py_names[cfn_name]), value[cfn_name])
        return out
    if type(given) is list and type(value) is list and len(given) == len(value):
        item_spec = spec[1] if type(spec) is tuple and spec[0] == "l" else "j"
        return [_given_structs(owner, item_spec, g, v) for g, v in zip(given, value, strict=True)]
    return value if spec == "j" else _value(owner, spec, value)


def _value(owner: type, spec: Any, value: Any) -> Any:
    if isinstance(spec, str):
        return _jsii_tag(value) if spec == "t" else value
    kind = spec[0]
    if kind == "p":
        return _struct(_property_class(owner, spec[1]), value)
    if kind == "l" and type(value) is list:
        return [_value(owner, spec[1], item) for item in value]
    if kind == "m" and type(value) is dict and not _is_intrinsic(value):
        return {k: _value(owner, spec[1], item) for k, item in value.items()}
    return value


# what tree_props does with each property, per (class, tag property, property names present): the camelCase
# name, the CloudFormation name, and the spec (None: shown as is; _TAGS: the tag property; a str: a JSON-typed
# property: (_ANY, its Python name); otherwise (kind, Python name, spec))
_PLANS: dict[tuple[Any, ...], tuple[tuple[str, str, Any], ...]] = {}
_TAGS = object()
_ANY = object()


def _plan(cls: type, tag_name: str | None, names: tuple[str, ...]) -> tuple[tuple[str, str, Any], ...]:
    table = _resource_table(cls)
    rows: list[tuple[str, str, Any]] = []
    for cfn_name in names:
        row = table.get(cfn_name)
        if row is not None:
            camel, spec, py_name = row
            if camel == tag_name:
                spec = _TAGS
            elif spec == "j":
                spec = (_ANY, py_name)
            elif isinstance(spec, str) and spec != "t" or _shown_as_is(spec):
                spec = None
            else:
                # the property type class of a struct, found once here (_value's "p" case looks it up each time)
                spec = (spec[0], py_name, spec, _plan_class(cls, spec) if spec[0] == "p" else None)
            rows.append((camel, cfn_name, spec))
    # alphabetical by camelCase name; a tag property named other than "tags" comes last
    rows.sort(key=lambda r: (r[2] is _TAGS and r[0] != "tags", r[0], r[1]))
    return tuple(rows)


def _plan_class(cls: type, spec: Any) -> type | None:
    """The property type of a struct property, or ``None`` where the lookup fails (``_value`` then reports it)."""
    try:
        return _property_class(cls, spec[1])
    except AttributeError:
        return None


def _shown_as_is(spec: Any) -> bool:
    """Whether a property of this spec is shown as its CloudFormation value: a union of primitives, or a list or
    map of primitives (never a struct, whatever the user gave: rendering refused anything but primitives)."""
    kind = spec[0]
    if kind == "u":
        return True
    return kind in ("l", "m") and isinstance(spec[1], str) and spec[1] in ("s", "i", "n", "b")


def tree_props(resource: Any, cfn_properties: dict[str, Any] | None) -> dict[str, Any]:
    """The jsii-style properties of an L1 resource, from its resolved CloudFormation properties."""
    if not cfn_properties:
        return {}  # no property: the plan of no names is empty, whatever the tags
    props = cfn_properties
    cls = type(resource)
    # a TagManager not made yet: its class's LazyTags carries the same tag_property_name
    tag_property = getattr(unmade_tags(resource) or getattr(resource, "tags", None), "tag_property_name", None)
    tag_name = _camel_name(tag_property) if tag_property is not None else None
    key = (cls, tag_name, *props)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _plan(cls, tag_name, tuple(props))
    out: dict[str, Any] = {}
    for camel, cfn_name, spec in plan:
        value = props[cfn_name]
        if spec is None:
            out[camel] = value
        elif spec is _TAGS:
            out[camel] = [_jsii_tag(t) for t in value] if type(value) is list else value
        elif spec[0] is _ANY:
            given = getattr(resource, spec[1], None)
            # _holds_struct(given), its usual answer (a plain value) read here without the call
            if type(given) is not list and not isinstance(given, CfnPropertyType):
                out[camel] = value
            else:
                out[camel] = _given_structs(cls, "j", given, value) if _holds_struct(given) else value
        else:
            given = getattr(resource, spec[1], None) if spec[0] in ("p", "l") else None
            if type(given) is not list and not isinstance(given, CfnPropertyType):  # as above: not _holds_struct
                # a struct's class is in the plan: _value(cls, spec[2], value) is _struct of it
                out[camel] = _struct(spec[3], value) if spec[3] is not None else _value(cls, spec[2], value)
            else:
                out[camel] = (_given_structs(cls, spec[2], given, value) if _holds_struct(given)
                              else _value(cls, spec[2], value))
    return out
