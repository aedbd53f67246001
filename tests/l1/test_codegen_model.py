"""The generator's model: type mapping, tags, attributes and coverage of the schema set (no core needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from l1._codegen import naming
from l1._codegen.model import Resource, build_resource
from l1._codegen.schemas import CFN_LINT_VERSION, SchemaSet
from l1._index import CFN_LINT_VERSION as INDEX_VERSION
from l1._index import MODULES, RESOURCE_TYPES

NAIVE_EXCEPTIONS = {
    "ProviderARNs", "TargetGroupARNs", "NotificationARNs", "OpenIdConnectProviderARNs", "SamlProviderARNs",
    "AssociatedLicenseAssetRulesetARNs", "MaxRecordSizeInKiB", "VPCs",
}


def _naive(name: str) -> str:
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", spaced).lower()


def _resource(models: list[Resource], type_name: str) -> Resource:
    return next(r for r in models if r.type_name == type_name)


def test_schema_set_is_the_pinned_cfn_lint(schema_set: SchemaSet) -> None:
    assert schema_set.version == CFN_LINT_VERSION == INDEX_VERSION == "1.58.0"


def test_schema_set_has_the_us_east_1_and_sam_types(schema_set: SchemaSet) -> None:
    sam = [t for t in schema_set.schemas if t.startswith("AWS::Serverless::")]
    # 1854 us-east-1 types, 21 from other regions, 7 from l1/_codegen/supplement/resources
    assert len(schema_set.schemas) - len(sam) == 1854 + 21 + 7
    assert len(sam) == 14


def test_every_schema_type_has_a_generated_class(schema_set: SchemaSet) -> None:
    missing = sorted(set(schema_set.schemas) - set(RESOURCE_TYPES))
    assert not missing, f"types without an L1 class (run python -m l1._codegen): {missing}"
    assert len(RESOURCE_TYPES) == len(schema_set.schemas) == 1896
    for type_name, (module, class_name) in RESOURCE_TYPES.items():
        assert (module, class_name) == (naming.module_name(type_name), naming.class_name(type_name))
    assert len(MODULES) == 317


def test_only_the_acronym_exceptions_differ_from_the_naive_split(resource_models: list[Resource]) -> None:
    differing = {
        p.cfn_name for r in resource_models for p in r.props
        if p.py_name.rstrip("_") != _naive(p.cfn_name) and not p.py_name.endswith("_")
    }
    assert differing == NAIVE_EXCEPTIONS


def test_bucket_rows_are_alphabetical_with_cfn_names(resource_models: list[Resource]) -> None:
    bucket = _resource(resource_models, "AWS::S3::Bucket")
    names = [p.cfn_name for p in bucket.props]
    assert names == sorted(names)
    rows = {p.cfn_name: p.spec() for p in bucket.props}
    assert rows["BucketName"] == (
        "(\"BucketName\", \"bucket_name\", \"s\", False, "
        "{'pattern': '^([a-z0-9][a-z0-9.-]*[a-z0-9])?$', 'maxLength': 63})"
    )
    assert rows["VersioningConfiguration"] == (
        '("VersioningConfiguration", "versioning_configuration", ("p", "VersioningConfigurationProperty"), False, None)'
    )
    assert bucket.tag is not None and bucket.tag.tag_type == "STANDARD"
    versioning = next(t for t in bucket.property_types if t.class_name == "VersioningConfigurationProperty")
    assert [p.spec() for p in versioning.props] == ["(\"Status\", \"status\", \"s\", True, {'enum': ('Enabled', 'Suspended')})"]


@pytest.mark.parametrize(
    ("type_name", "tag_type", "py_name"),
    [
        ("AWS::S3::Bucket", "STANDARD", "tags"),
        ("AWS::SSM::Parameter", "MAP", "tags"),
        ("AWS::AutoScaling::AutoScalingGroup", "AUTOSCALING_GROUP", "tags"),
        ("AWS::Glue::Job", "MAP", "tags"),
        ("AWS::Route53::HostedZone", "STANDARD", "hosted_zone_tags"),
        ("AWS::Cognito::UserPool", "MAP", "user_pool_tags"),
        ("AWS::Serverless::Function", "MAP", "tags"),
    ],
)
def test_tag_style_comes_from_the_tag_property_shape(
    resource_models: list[Resource], type_name: str, tag_type: str, py_name: str
) -> None:
    tag = _resource(resource_models, type_name).tag
    assert tag is not None
    assert (tag.tag_type, tag.py_name) == (tag_type, py_name)


@pytest.mark.parametrize("type_name", ["AWS::IAM::InstanceProfile", "AWS::CloudFront::AnycastIpList"])
def test_types_without_a_tag_list_or_map_are_not_taggable(resource_models: list[Resource], type_name: str) -> None:
    assert _resource(resource_models, type_name).tag is None


def test_attributes_include_read_only_and_legacy_getatt_properties(resource_models: list[Resource]) -> None:
    queue = {a.py_name: a.kind for a in _resource(resource_models, "AWS::SQS::Queue").attributes}
    assert {"attr_arn": "string", "attr_queue_name": "string", "attr_queue_url": "string"}.items() <= queue.items()
    zone = {a.py_name: a.kind for a in _resource(resource_models, "AWS::Route53::HostedZone").attributes}
    assert zone["attr_name_servers"] == "list"


def _tiny_schema(**properties: Any) -> dict[str, Any]:
    return {
        "typeName": "Test::Tiny::Thing",
        "properties": properties,
        "definitions": {
            "Inner": {"type": "object", "properties": {"Deep": {"$ref": "#/definitions/Inner"}, "Size": {"type": "integer"}}},
            "Level": {"type": "string", "enum": ["LOW", "HIGH"]},
            "Tag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}},
        },
        "required": ["Level"],
        "readOnlyProperties": ["/properties/Id"],
    }


def test_type_mapping_of_every_schema_shape() -> None:
    schema = _tiny_schema(
        Id={"type": "string"},
        Level={"$ref": "#/definitions/Level"},
        Inner={"$ref": "#/definitions/Inner"},
        Inline={"type": "object", "properties": {"A": {"type": "boolean"}}},
        Doc={"type": "object"},
        Labels={"type": "object", "patternProperties": {".*": {"type": "string"}}},
        Ports={"type": "array", "items": {"type": "integer", "minimum": 1}, "maxItems": 3},
        Either={"type": ["string", "number"]},
        Mixed={"type": ["string", "object"]},
        Wrapped={"allOf": [{"$ref": "#/definitions/Inner"}]},
        Pairs={"type": "array", "items": {"$ref": "#/definitions/Tag"}},
    )
    schema["tagging"] = {"taggable": False}
    model = build_resource("Test::Tiny::Thing", schema)
    specs = {p.cfn_name: p.spec() for p in model.props}
    assert "Id" not in specs
    assert specs == {
        "Doc": '("Doc", "doc", "j", False, None)',
        "Either": '("Either", "either", ("u", ("s", "n", )), False, None)',
        "Inline": '("Inline", "inline", ("p", "InlineProperty"), False, None)',
        "Inner": '("Inner", "inner", ("p", "InnerProperty"), False, None)',
        "Labels": '("Labels", "labels", ("m", "s"), False, None)',
        "Level": "(\"Level\", \"level\", \"s\", True, {'enum': ('LOW', 'HIGH')})",
        "Mixed": '("Mixed", "mixed", "j", False, None)',
        "Pairs": '("Pairs", "pairs", ("l", "t"), False, None)',
        "Ports": "(\"Ports\", \"ports\", (\"l\", \"i\"), False, {'maxItems': 3, 'items': {'minimum': 1}})",
        "Wrapped": '("Wrapped", "wrapped", ("p", "InnerProperty"), False, None)',
    }
    inner = next(t for t in model.property_types if t.class_name == "InnerProperty")
    assert [p.spec() for p in inner.props] == [
        '("Deep", "deep", ("p", "InnerProperty"), False, None)',
        '("Size", "size", "i", False, None)',
    ]
    assert [a.py_name for a in model.attributes] == ["attr_id"]


def test_type_hints_accept_tokens_where_a_token_may_stand() -> None:
    model = build_resource(
        "Test::Tiny::Thing",
        _tiny_schema(Level={"$ref": "#/definitions/Level"}, Inner={"$ref": "#/definitions/Inner"},
                     Flag={"type": "boolean"}, Names={"type": "array", "items": {"type": "string"}}),
    )
    hints = {p.cfn_name: p.type.hint(model.class_name) for p in model.props}
    assert hints == {
        "Flag": "bool | IResolvable",
        "Inner": "CfnThing.InnerProperty | Mapping[str, Any] | IResolvable",
        "Level": "str",
        "Names": "Sequence[str] | IResolvable",
    }


def test_sam_event_wrappers_become_event_source(resource_models: list[Resource]) -> None:
    function = _resource(resource_models, "AWS::Serverless::Function")
    names = {t.class_name for t in function.property_types}
    assert {"EventSourceProperty", "ApiEventProperty", "ScheduleEventProperty", "FunctionEnvironmentProperty"} <= names
    api_event = next(t for t in function.property_types if t.class_name == "ApiEventProperty")
    assert {"Path", "Method", "RestApiId"} <= {p.cfn_name for p in api_event.props}
