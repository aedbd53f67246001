"""``CfnInclude``'s getters, options and errors (messages as aws-cdk-lib 2.275's ``cfn-include`` words them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assertions import Template
from constructs import App, CfnResource, Stack, ValidationError
from l1.s3 import CfnBucket
from l1.sqs import CfnQueue
from l2.cloudformation_include import CfnInclude, CfnIncludeProps, IncludedNestedStack
from l2.cloudformation_include._private.template_file import parse_template

TEMPLATES = Path(__file__).resolve().parents[2] / "golden" / "l2_cloudformation_include" / "test-templates"


def _write(tmp_path: Path, template: dict[str, object], name: str = "template.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(template))
    return str(path)


def _include(tmp_path: Path, template: dict[str, object], **kwargs: object) -> CfnInclude:
    return CfnInclude(Stack(App(), "Stack"), "Include", template_file=_write(tmp_path, template), **kwargs)  # type: ignore[arg-type]


def test_resources_are_their_l1_classes_and_can_be_changed() -> None:
    stack = Stack(App(), "Stack")
    template = CfnInclude(stack, "Include", template_file=str(TEMPLATES / "features.yaml"))
    bucket = template.get_resource("Bucket")
    assert isinstance(bucket, CfnBucket)
    assert isinstance(template.get_resource("Queue"), CfnQueue)
    custom = template.get_resource("Custom")
    assert type(custom) is CfnResource
    assert stack.resolve(bucket.tags.render_tags()) == [{"Key": "env", "Value": {"Ref": "Env"}}]
    bucket.bucket_name = "new-name"  # type: ignore[attr-defined]
    Template.from_stack(stack).has_resource_properties("AWS::S3::Bucket", {"BucketName": "new-name"})


def test_getters_return_the_elements() -> None:
    stack = Stack(App(), "Stack")
    template = CfnInclude(stack, "Include", template_file=str(TEMPLATES / "features.yaml"))
    assert template.get_parameter("Env").default == "dev"
    found = template.get_mapping("EnvMap").find_in_map("prod", "Retention")
    assert stack.resolve(found) == {"Fn::FindInMap": ["EnvMap", "prod", "Retention"]}
    assert template.get_condition("IsProd").node.id == "IsProd"
    assert template.get_rule("ProdNeedsSize").node.id == "ProdNeedsSize"
    assert template.get_hook("MyHook").type == "Acme::Hook::Type"
    assert template.get_output("BucketArn").description == "the bucket"


@pytest.mark.parametrize(
    ("getter", "message"),
    [
        ("get_resource", "Resource with logical ID 'Nope' was not found in the template"),
        ("get_parameter", "Parameter with name 'Nope' was not found in the template"),
        ("get_condition", "Condition with name 'Nope' was not found in the template"),
        ("get_mapping", "Mapping with name 'Nope' was not found in the template"),
        ("get_output", "Output with logical ID 'Nope' was not found in the template"),
        ("get_rule", "Rule with name 'Nope' was not found in the template"),
        ("get_hook", "Hook with logical ID 'Nope' was not found in the template"),
        ("get_nested_stack", "Nested Stack with logical ID 'Nope' was not found in the template"),
    ],
)
def test_a_missing_element_is_an_error(tmp_path: Path, getter: str, message: str) -> None:
    template = _include(tmp_path, {"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}})
    with pytest.raises(ValidationError, match=message):
        getattr(template, getter)("Nope")


def test_nested_stack_errors(tmp_path: Path) -> None:
    template = _include(
        tmp_path,
        {
            "Resources": {
                "Bucket": {"Type": "AWS::S3::Bucket"},
                "Child": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "https://x"}},
            }
        },
    )
    with pytest.raises(ValidationError, match="Resource with logical ID 'Bucket' is not a CloudFormation Stack"):
        template.get_nested_stack("Bucket")
    with pytest.raises(ValidationError, match="Nested Stack 'Child' was not included in the parent template"):
        template.get_nested_stack("Child")
    with pytest.raises(ValidationError, match="is not an AWS::CloudFormation::Stack resource"):
        template.load_nested_stack("Bucket", template_file="x.json")


def test_load_nested_stack_returns_the_included_nested_stack() -> None:
    parent = CfnInclude(
        Stack(App(), "Parent"), "Parent", template_file=str(TEMPLATES / "nested" / "parent-one-child.json")
    )
    child = parent.load_nested_stack("ChildStack", template_file=str(TEMPLATES / "nested" / "grandchild-import-stack.json"))
    assert isinstance(child, IncludedNestedStack)
    assert parent.get_nested_stack("ChildStack") is child
    assert isinstance(child.included_template.get_resource("BucketImport"), CfnBucket)
    with pytest.raises(ValidationError, match="Nested Stack 'ChildStack' was already included in its parent template"):
        parent.load_nested_stack("ChildStack", template_file=str(TEMPLATES / "nested" / "grandchild-import-stack.json"))


def test_load_nested_stacks_takes_props_structs() -> None:
    props = CfnIncludeProps(template_file=str(TEMPLATES / "nested" / "grandchild-import-stack.json"))
    parent = CfnInclude(
        Stack(App(), "Parent"),
        "Parent",
        template_file=str(TEMPLATES / "nested" / "parent-one-child.json"),
        load_nested_stacks={"ChildStack": props},
    )
    assert parent.get_nested_stack("ChildStack").stack.node.id == "ChildStack"


def test_option_errors(tmp_path: Path) -> None:
    template = {"Parameters": {"P": {"Type": "String"}}, "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}}
    with pytest.raises(ValidationError, match="Parameter with logical ID 'Nope' was not found in the template"):
        _include(tmp_path, template, parameters={"Nope": "x"})
    with pytest.raises(ValidationError, match="Logical ID 'Nope' was specified in 'dehydratedResources'"):
        _include(tmp_path, template, dehydrated_resources=["Nope"])


def test_template_errors(tmp_path: Path) -> None:
    cycle = json.loads((TEMPLATES / "cycle.json").read_text())
    with pytest.raises(ValidationError, match="Found a cycle between resources in the template: First depends on Second depends on First"):
        _include(tmp_path, cycle)
    with pytest.raises(ValidationError, match="Condition 'Nope' used in an Fn::If expression does not exist in the template"):
        _include(tmp_path, {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Fn::If": ["Nope", "a", "b"]}}}}})
    with pytest.raises(ValidationError, match="Unsupported CloudFormation function 'Fn::Nope'"):
        _include(tmp_path, {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Fn::Nope": "a"}}}}})
    with pytest.raises(ValidationError, match="Element used in Ref expression with logical ID: 'Nope' not found"):
        _include(tmp_path, {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "Nope"}}}}})
    with pytest.raises(ValidationError, match="Resource 'Q' depends on 'Nope' that doesn't exist"):
        _include(tmp_path, {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "DependsOn": "Nope"}}})
    with pytest.raises(ValidationError, match="Unrecognized DeletionPolicy 'Sometimes'"):
        _include(tmp_path, {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "DeletionPolicy": "Sometimes"}}})


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="template_file"):
        CfnInclude(Stack(App(), "Stack"), "Include", template_file=1)  # type: ignore[arg-type]


# -- reading templates: the YAML 1.2 core schema of aws-cdk-lib's yaml package, and the short forms ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("True", True),
        ("FALSE", False),
        ("~", None),
        ("010", 10),
        ("0o17", 15),
        ("0x1F", 31),
        ("1.0", 1),
        ("2.50", 2.5),
        ("1e3", 1000),
        (".5", 0.5),
        ("2010-09-09", "2010-09-09"),
        ("1:30", "1:30"),
        ("'007'", "007"),
    ],
)
def test_plain_scalars_follow_the_core_schema(text: str, expected: object) -> None:
    value = parse_template(f"Key: {text}\n")["Key"]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!Ref Bucket", {"Ref": "Bucket"}),
        ("!Ref 12", {"Ref": 12}),
        ("!GetAtt Bucket.Arn", {"Fn::GetAtt": "Bucket.Arn"}),
        ("!GetAtt [Bucket, Arn]", {"Fn::GetAtt": ["Bucket", "Arn"]}),
        ("!Sub '${A}-b'", {"Fn::Sub": "${A}-b"}),
        ("!Join ['', [!Ref A, b]]", {"Fn::Join": ["", [{"Ref": "A"}, "b"]]}),
        ("!If [C, !Ref A, !Ref AWS::NoValue]", {"Fn::If": ["C", {"Ref": "A"}, {"Ref": "AWS::NoValue"}]}),
        ("!Condition C", {"Condition": "C"}),
        ("!GetAZs ''", {"Fn::GetAZs": ""}),
        ("!GetAZs", {"Fn::GetAZs": None}),
        ("!Select [0, !Split [',', 'a,b']]", {"Fn::Select": [0, {"Fn::Split": [",", "a,b"]}]}),
        ("!FindInMap [M, K, V]", {"Fn::FindInMap": ["M", "K", "V"]}),
        ("!Base64 text", {"Fn::Base64": "text"}),
        ("!Cidr [10.0.0.0/16, 4, 8]", {"Fn::Cidr": ["10.0.0.0/16", 4, 8]}),
        ("!ImportValue name", {"Fn::ImportValue": "name"}),
        ("!And [!Equals [a, b], !Not [!Condition C], !Or [!Condition D]]",
         {"Fn::And": [{"Fn::Equals": ["a", "b"]}, {"Fn::Not": [{"Condition": "C"}]}, {"Fn::Or": [{"Condition": "D"}]}]}),
        ("!Transform {Name: M, Parameters: {A: 1}}", {"Fn::Transform": {"Name": "M", "Parameters": {"A": 1}}}),
    ],
)
def test_short_forms_become_long_forms(text: str, expected: object) -> None:
    assert parse_template(f"Key: {text}\n")["Key"] == expected


def test_merge_keys_are_plain_keys() -> None:
    assert parse_template("A: {x: 1}\nB:\n  <<: {y: 2}\n")["B"] == {"<<": {"y": 2}}


def test_json_numbers_are_javascript_numbers() -> None:
    parsed = parse_template('{"A": 1.0, "B": [2.5, 3]}')
    assert parsed == {"A": 1, "B": [2.5, 3]}
    assert type(parsed["A"]) is int


def test_intrinsic_policies_are_rejected_under_the_feature_flag() -> None:
    flag = "@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics"
    path = str(TEMPLATES / "dehydrated.json")
    with pytest.raises(ValidationError, match="Cannot convert resource 'Group' to CDK objects: it uses an intrinsic"):
        CfnInclude(Stack(App(context={flag: True}), "Stack"), "Include", template_file=path)
    # without the flag, or with the resource dehydrated, it is included
    CfnInclude(Stack(App(), "Stack"), "Include", template_file=path)
    CfnInclude(Stack(App(context={flag: True}), "Stack"), "Include", template_file=path, dehydrated_resources=["Group"])
