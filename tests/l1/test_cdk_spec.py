"""``l1._codegen.cdk_spec``: aws-cdk's spec database types become registry-schema fragments the model renders."""

from __future__ import annotations

import json
from pathlib import Path

from l1._codegen.cdk_spec import _Converter
from l1._codegen.model import build_resource

# Shapes as the database (@aws-cdk/aws-service-spec db.json.gz) stores them.
TYPES = {
    "1": {
        "$id": "1",
        "name": "TargetObjectKeyFormat",
        "documentation": "Amazon S3 key format for log objects.",
        "properties": {
            "PartitionedPrefix": {"type": {"type": "ref", "reference": {"$ref": "2"}}},
            "SimplePrefix": {"type": {"type": "json"}},
        },
    },
    "2": {
        "$id": "2",
        "name": "PartitionedPrefix",
        "properties": {
            "PartitionDateSource": {"type": {"type": "string"}, "required": True},
            "Sizes": {"type": {"type": "array", "element": {"type": "integer"}}},
            "Labels": {"type": {"type": "map", "element": {"type": "string"}}},
            "Tags": {"type": {"type": "array", "element": {"type": "tag"}}},
            "Either": {"type": {"type": "union", "types": [{"type": "boolean"}, {"type": "string"}]}},
        },
    },
}


def test_a_spec_type_becomes_a_schema_definition_with_its_references() -> None:
    converter = _Converter(TYPES, {"PartitionedPrefix": {"type": "object", "properties": {}}})
    assert converter.definition("1", force=True) == "TargetObjectKeyFormat"
    # the schema has its own PartitionedPrefix: the fragment refers to it and does not replace it
    assert converter.out == {
        "TargetObjectKeyFormat": {
            "type": "object",
            "description": "Amazon S3 key format for log objects.",
            "properties": {
                "PartitionedPrefix": {"$ref": "#/definitions/PartitionedPrefix"},
                "SimplePrefix": {"type": "object"},
            },
        }
    }


def test_every_kind_of_spec_type_is_converted() -> None:
    converter = _Converter(TYPES, {})
    converter.definition("1")
    assert converter.out["PartitionedPrefix"] == {
        "type": "object",
        "properties": {
            "Either": {"anyOf": [{"type": "boolean"}, {"type": "string"}]},
            "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "PartitionDateSource": {"type": "string"},
            "Sizes": {"type": "array", "items": {"type": "integer"}},
            "Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
        },
        "required": ["PartitionDateSource"],
    }
    assert set(converter.out["Tag"]["properties"]) == {"Key", "Value"}


def test_the_model_adds_the_supplement_classes_beside_the_schemas_own() -> None:
    converter = _Converter(TYPES, {})
    converter.definition("1", force=True)
    schema = {"typeName": "AWS::Test::Thing", "properties": {"Name": {"type": "string"}}}
    model = build_resource("AWS::Test::Thing", schema, {"add": ["TargetObjectKeyFormat"], "definitions": converter.out})
    classes = {p.class_name: p for p in model.property_types}
    assert set(classes) == {"TargetObjectKeyFormatProperty", "PartitionedPrefixProperty"}
    partitioned = {p.py_name: p for p in classes["PartitionedPrefixProperty"].props}
    assert partitioned["partition_date_source"].required
    assert partitioned["tags"].type.spec() == '("l", "t")'
    assert [p.py_name for p in model.props] == ["name"]


def test_the_committed_supplement_names_its_source() -> None:
    path = Path(__file__).resolve().parents[2] / "l1" / "_codegen" / "supplement" / "definitions.json"
    data = json.loads(path.read_text())
    assert data["source"] == "@aws-cdk/aws-service-spec 0.1.216 (db.json.gz)"
    s3 = data["types"]["AWS::S3::Bucket"]
    assert "TargetObjectKeyFormat" in s3["add"] and "PartitionedPrefix" in s3["add"]
