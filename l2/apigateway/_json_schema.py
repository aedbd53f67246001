"""``JsonSchema``: JSON Schema (draft 4) descriptions of models, and their CloudFormation rendering."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from constructs.internals import structs


class JsonSchemaVersion(enum.Enum):
    """The ``$schema`` of a model."""

    DRAFT4 = "http://json-schema.org/draft-04/schema#"
    DRAFT7 = "http://json-schema.org/draft-07/schema#"


class JsonSchemaType(enum.Enum):
    """JSON Schema types."""

    NULL = "null"
    BOOLEAN = "boolean"
    OBJECT = "object"
    ARRAY = "array"
    NUMBER = "number"
    INTEGER = "integer"
    STRING = "string"


# Field order is aws-cdk-lib's (jsii hands struct fields to JavaScript in this order, and the model schema
# keeps it): case-insensitive alphabetical order of the camelCase names.
@structs.frozen(kw_only=True)
class JsonSchema:
    """A JSON Schema. ``schema`` and ``ref`` render as ``$schema`` and ``$ref``; ``not_`` as ``not``.

    Each keyword argument is the JSON Schema (draft 4, as API Gateway models use) keyword of the same name in
    camelCase (``max_length`` is ``maxLength``); nested schemas are ``JsonSchema`` objects.

    Args:
        schema / ref / title / description / type / format / default / enum: the schema's identity, type and
            values (``schema``: the draft's URI; ``ref``: a reference to another schema or model).
        properties / required / additional_properties / pattern_properties / property_names / dependencies /
            min_properties / max_properties / definitions: object constraints.
        items / additional_items / contains / min_items / max_items / unique_items: array constraints.
        minimum / maximum / exclusive_minimum / exclusive_maximum / multiple_of: number constraints.
        min_length / max_length / pattern: string constraints.
        all_of / any_of / one_of / not_: combinations of schemas.
    """

    additional_items: bool | JsonSchema | None = None
    additional_properties: bool | JsonSchema | None = None
    all_of: Sequence[JsonSchema] | None = None
    any_of: Sequence[JsonSchema] | None = None
    contains: JsonSchema | Sequence[JsonSchema] | None = None
    default: object = None
    definitions: Mapping[str, JsonSchema] | None = None
    dependencies: Mapping[str, JsonSchema | Sequence[str]] | None = None
    description: str | None = None
    enum: list[Any] | None = None
    exclusive_maximum: bool | None = None
    exclusive_minimum: bool | None = None
    format: str | None = None
    id: str | None = None
    items: JsonSchema | Sequence[JsonSchema] | None = None
    maximum: float | None = None
    max_items: int | None = None
    max_length: int | None = None
    max_properties: int | None = None
    minimum: float | None = None
    min_items: int | None = None
    min_length: int | None = None
    min_properties: int | None = None
    multiple_of: float | None = None
    not_: JsonSchema | None = None
    one_of: Sequence[JsonSchema] | None = None
    pattern: str | None = None
    pattern_properties: Mapping[str, JsonSchema] | None = None
    properties: Mapping[str, JsonSchema] | None = None
    property_names: JsonSchema | None = None
    ref: str | None = None
    required: Sequence[str] | None = None
    schema: JsonSchemaVersion | None = None
    title: str | None = None
    type: JsonSchemaType | Sequence[JsonSchemaType] | None = None
    unique_items: bool | None = None


_JS_NAMES = {"not_": "not", "ref": "$ref", "schema": "$schema"}
_USER_KEYED = {"definitions", "properties", "patternProperties", "dependencies"}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _render(value: Any, preserve_keys: bool = False) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, JsonSchema):
        out: dict[str, Any] = {}
        for field in structs.fields(JsonSchema):
            v = getattr(value, field.name)
            if v is None:
                continue
            key = _JS_NAMES.get(field.name) or _camel(field.name)
            out[key] = _render(v, key in _USER_KEYED)
        return out
    if isinstance(value, Mapping):
        return {
            (k if preserve_keys else {"schema": "$schema", "ref": "$ref"}.get(k, k)): _render(v)
            for k, v in value.items()
            if v is not None
        }
    if isinstance(value, (list, tuple)):
        return [_render(v) for v in value]
    return value


def to_cfn_json_schema(schema: JsonSchema | Mapping[str, Any]) -> dict[str, Any]:
    """The schema as CloudFormation takes it, with ``$schema`` defaulting to draft 4 (appended last)."""
    result = _render(schema)
    if "$schema" not in result:
        result["$schema"] = JsonSchemaVersion.DRAFT4.value
    return result
