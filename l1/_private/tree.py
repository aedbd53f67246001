"""The ``aws:cdk:cloudformation:props`` attribute of L1 nodes in ``tree.json``.

aws-cdk-lib shows an L1's properties as its jsii values: camelCase names, top-level keys in alphabetical order,
struct keys with the required ones first (each group alphabetical), tags as ``{key, value}``, tokens resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import ResolveContext, TagManager, Token
from l1._private.property_type import CfnPropertyType
from l1._private.render import _accepted_keys, _camel, _property_class


def _tag(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {"key": value.get("key", value.get("Key")), "value": value.get("value", value.get("Value"))}
    if hasattr(value, "key") and hasattr(value, "value"):
        return {"key": value.key, "value": value.value}
    return value


def _struct(cls: type, value: Any) -> Any:
    rows = cls._CFN_PROPS  # type: ignore[attr-defined]
    if isinstance(value, CfnPropertyType):
        get = lambda name: getattr(value, name, None)  # noqa: E731
    elif isinstance(value, Mapping):
        accepted = _accepted_keys(cls)
        by_name = {accepted.get(k, k): v for k, v in value.items()}
        get = by_name.get
    else:
        return value
    ordered = sorted(rows, key=lambda r: (not r[3], _camel(r[1])))
    out: dict[str, Any] = {}
    for _cfn, py_name, spec, _required, _constraints in ordered:
        v = get(py_name)
        if v is not None:
            out[_camel(py_name)] = _value(cls, spec, v)
    return out


def _value(owner: type, spec: Any, value: Any) -> Any:
    if value is None or Token.is_unresolved(value):
        return value
    if isinstance(value, CfnPropertyType):
        return _struct(type(value), value)
    if isinstance(spec, str):
        return _tag(value) if spec == "t" else value
    kind = spec[0]
    if kind == "p":
        return _struct(_property_class(owner, spec[1]), value)
    if kind == "l" and isinstance(value, list | tuple):
        return [_value(owner, spec[1], item) for item in value]
    if kind == "m" and isinstance(value, Mapping):
        return {k: _value(owner, spec[1], item) for k, item in value.items()}
    return value


def tree_props(resource: Any) -> dict[str, Any]:
    """The jsii-style properties of an L1 resource, resolved in its stack."""
    cls = type(resource)
    tags = getattr(resource, "tags", None)
    tag_name = tags.tag_property_name if isinstance(tags, TagManager) else None
    out: dict[str, Any] = {}
    tags_value: tuple[str, Any] | None = None
    for _cfn, py_name, spec, _required, _constraints in sorted(cls._CFN_PROPS, key=lambda r: _camel(r[1])):
        if py_name == tag_name:
            rendered = tags.render_tags()  # type: ignore[union-attr]
            if isinstance(rendered, list):
                rendered = [_jsii_tag(t) for t in rendered]
            if rendered is not None:
                tags_value = (_camel(py_name), rendered)
            continue
        value = getattr(resource, py_name, None)
        if value is not None:
            out[_camel(py_name)] = _value(cls, spec, value)
    if tags_value is not None:
        # a property named "tags" keeps its alphabetical place; other tag properties come last
        if tags_value[0] == "tags":
            out = dict(sorted([*out.items(), tags_value], key=lambda kv: kv[0]))
        else:
            out[tags_value[0]] = tags_value[1]
    return ResolveContext(resource.stack, synthesizing=True).resolve(out)


def _jsii_tag(tag: Any) -> Any:
    if not isinstance(tag, dict):
        return tag
    out = {"key": tag.get("Key"), "value": tag.get("Value")}
    if "PropagateAtLaunch" in tag:
        out["propagateAtLaunch"] = tag["PropagateAtLaunch"]
    return out
