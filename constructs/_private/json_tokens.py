"""Token-aware JSON (``stack.to_json_string``): tokens are spliced into the JSON text as a ``Fn::Join``."""

from __future__ import annotations

import json
from typing import Any

from .._token import Token, split_string
from .resolve import concat_parts, is_intrinsic, js_number
from .token_map import TOKEN_MAP, number_token_index


class JsonToken:
    """Resolves to the JSON text of a value, with intrinsics spliced in."""

    __slots__ = ("value", "space", "add_transform", "__weakref__")

    def __init__(self, value: Any, space: int | None = None, *, add_transform: bool = False) -> None:
        self.value = value
        self.space = space
        self.add_transform = add_transform

    @property
    def creation_stack(self) -> list[str]:
        return []

    def to_string(self) -> str:
        return TOKEN_MAP.register_string(self)

    def resolve(self, context: Any) -> Any:
        if self.add_transform:
            from .._stack import Stack

            Stack.of(context.scope)._add_transform_from_resolution("AWS::LanguageExtensions")
        parts: list[Any] = []
        indent = " " * self.space if self.space else ""
        if not _emit(self.value, context, parts, indent):
            return None  # the value is a token resolving to undefined: so is its JSON, as in aws-cdk-lib
        return concat_parts(parts) if parts else ""


def plain_json(value: Any) -> str:
    """``JSON.stringify(value)`` for a value without tokens (None values dropped from objects)."""
    parts: list[Any] = []
    _emit(value, None, parts)
    return "".join(parts)


def _str_lit(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _emit(x: Any, ctx: Any, out: list[Any], indent: str = "", level: int = 0) -> bool:
    """Append the JSON of ``x``; False (nothing appended) when ``x`` is undefined: ``None`` or a token resolving
    to ``None`` that is not ``JsonNull`` -- aws-cdk-lib drops such values from lists and objects."""
    t = type(x)
    if x is None:
        if ctx is None:  # plain ``JSON.stringify`` (no resolution): an undefined list element is ``null``
            out.append("null")
            return True
        return False
    if t is bool:
        out.append("true" if x else "false")
        return True
    if t is int:
        out.append(str(x))
        return True
    if t is float:
        if number_token_index(x) is not None:
            return _emit_resolved(ctx.resolve(x), ctx, out, indent, level)
        out.append(js_number(x))
        return True
    if t is str:
        if not Token.is_unresolved(x):
            out.append(_str_lit(x))
            return True
        fragments = split_string(x)._fragments
        if len(fragments) == 1 and fragments[0][0] != "literal":
            # a string that is one token resolving to null is JSON null for ``JsonNull``, else undefined
            resolved = ctx.resolve(fragments[0][1])
            if resolved is None:
                if getattr(fragments[0][1], "_renders_json_null", False):
                    out.append("null")
                    return True
                return False
            if type(resolved) is dict and not _is_json_intrinsic(resolved):
                # a token standing for an object that is no CloudFormation intrinsic (CodePipeline's
                # ``Fn::GetArtifactAtt``): written as that object, as aws-cdk-lib's ``toJsonString`` does
                return _emit(resolved, ctx, out, indent, level)
            out.append('"')
            _emit_in_string(resolved, out)
            out.append('"')
            return True
        out.append('"')
        for kind, v in fragments:
            if kind == "literal":
                out.append(_str_lit(v)[1:-1])
            else:
                _emit_in_string(ctx.resolve(v), out)
        out.append('"')
        return True
    if t is list or t is tuple:
        if Token.is_unresolved(x):
            r = ctx.resolve(x)
            if _is_json_intrinsic(r):
                # a list known only at deployment: aws-cdk-lib has a CfnUtils custom resource stringify it
                out.append(_stringified_list(r, ctx))
                return True
            return _emit_resolved(r, ctx, out, indent, level)
        start = len(out)
        out.append("[")
        count = 0
        for v in x:
            mark = len(out)
            if count:
                out.append(",")
            if indent:
                out.append("\n" + indent * (level + 1))
            if _emit(v, ctx, out, indent, level + 1):
                count += 1
            else:
                del out[mark:]  # an undefined element is dropped, as aws-cdk-lib's resolve does
        if not count:
            del out[start:]
            out.append("[]")
            return True
        if indent:
            out.append("\n" + indent * level)
        out.append("]")
        return True
    if t is dict:
        if _is_json_intrinsic(x):
            # an intrinsic (already resolved, or written out by hand) is a value known only at deployment
            return _emit_resolved(x, ctx, out, indent, level)
        start = len(out)
        out.append("{")
        count = 0
        for k, v in x.items():
            if v is None:
                continue
            mark = len(out)
            if count:
                out.append(",")
            if indent:
                out.append("\n" + indent * (level + 1))
            _emit(k, ctx, out, indent, level + 1)
            out.append(": " if indent else ":")
            if _emit(v, ctx, out, indent, level + 1):
                count += 1
            else:
                del out[mark:]  # a key whose value is undefined is left out
        if not count:
            del out[start:]
            out.append("{}")
            return True
        if indent:
            out.append("\n" + indent * level)
        out.append("}")
        return True
    r = ctx.resolve(x)
    if r is None:
        if getattr(x, "_renders_json_null", False):  # ``JsonNull``
            out.append("null")
            return True
        return False
    return _emit_resolved(r, ctx, out, indent, level)


def _stringified_list(intrinsic: dict[str, Any], ctx: Any) -> Any:
    """``Fn::GetAtt [CdkJsonStringify<...>, Value]``: the JSON text of a list intrinsic, made at deployment by one
    ``Custom::AWSCDKCfnJsonStringify`` resource per stack and intrinsic (as aws-cdk-lib's ``CfnUtils.stringify``)."""
    from .._cfn_json import cfn_utils_service_token
    from .._custom_resource import CustomResource
    from .._stack import Stack
    from . import uniqueid

    stack = Stack.of(ctx.scope)
    id = uniqueid.make_unique_id(["CdkJsonStringify", json.dumps(intrinsic, separators=(",", ":"), ensure_ascii=False)])
    resource = stack.node.try_find_child(id)
    if not isinstance(resource, CustomResource):
        resource = CustomResource(
            stack, id, service_token=cfn_utils_service_token(stack), resource_type="Custom::AWSCDKCfnJsonStringify",
            properties={"Value": intrinsic},
        )
    value = resource.__dict__.get("_pycdk_stringified")
    if value is None:  # once per resource, as aws-cdk-lib's cache (its getAttString is recorded as analytics)
        value = resource.__dict__["_pycdk_stringified"] = resource.get_att_string("Value")
    return ctx.resolve(value)


def _is_json_intrinsic(x: Any) -> bool:
    """An intrinsic, except CodePipeline's ``Fn::GetArtifactAtt`` and ``Fn::GetParam``: CloudFormation actions read
    those in their parameter overrides, where they stay JSON objects (as aws-cdk-lib's ``toJsonString`` keeps them)."""
    return is_intrinsic(x) and next(iter(x)) not in ("Fn::GetArtifactAtt", "Fn::GetParam")


def _emit_in_string(r: Any, out: list[Any]) -> None:
    """A resolved token inside a JSON string: text is escaped, a ``Fn::Join`` is spliced, other intrinsics kept."""
    if type(r) is str:
        out.append(_str_lit(r)[1:-1])
    elif type(r) in (int, float):
        out.append(js_number(r) if type(r) is float else str(r))
    elif type(r) is dict and "Fn::Join" in r and len(r) == 1 and r["Fn::Join"][0] == "" \
            and type(r["Fn::Join"][1]) is list:
        for p in r["Fn::Join"][1]:
            _emit_in_string(p, out)
    else:
        out.append(r)


def _emit_resolved(r: Any, ctx: Any, out: list[Any], indent: str, level: int) -> bool:
    """A token outside a string: intrinsics are written as JSON strings, plain values as themselves."""
    if _is_json_intrinsic(r):
        out.append('"')
        _emit_in_string(r, out)
        out.append('"')
        return True
    return _emit(r, ctx, out, indent, level)
