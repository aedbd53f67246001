"""Intrinsic functions, condition expressions and pseudo parameters (cdk-facts §3 and §10)."""

from __future__ import annotations

from typing import Any

import pytest
from _core_support import template_of

from constructs import Aws, CfnCondition, CfnParameter, CfnResource, Fn, Stack, Token

LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions"


@pytest.fixture
def bucket(stack: Stack) -> CfnResource:
    return CfnResource(stack, "Bucket", type="AWS::S3::Bucket")


def _transforms(template: dict[str, Any]) -> list[str]:
    value = template.get("Transform", [])
    return value if isinstance(value, list) else [value]


# -- simple intrinsics ------------------------------------------------------------------------------------


def test_simple_intrinsics(stack: Stack) -> None:
    assert stack.resolve(Fn.ref("X")) == {"Ref": "X"}
    assert stack.resolve(Fn.get_att("R", "Arn")) == {"Fn::GetAtt": ["R", "Arn"]}
    assert stack.resolve(Fn.base64("data")) == {"Fn::Base64": "data"}
    assert stack.resolve(Fn.import_value("Shared")) == {"Fn::ImportValue": "Shared"}
    assert stack.resolve(Fn.get_azs()) == {"Fn::GetAZs": ""}
    assert stack.resolve(Fn.get_azs("eu-west-1")) == {"Fn::GetAZs": "eu-west-1"}
    assert stack.resolve(Fn.cidr("10.0.0.0/16", 4, "8")) == {"Fn::Cidr": ["10.0.0.0/16", 4, "8"]}
    assert stack.resolve(Fn.find_in_map("RegionMap", "us-east-1", "Ami")) == {
        "Fn::FindInMap": ["RegionMap", "us-east-1", "Ami"]
    }
    assert stack.resolve(Fn.transform("Macro", {"Key": "v"})) == {
        "Fn::Transform": {"Name": "Macro", "Parameters": {"Key": "v"}}
    }


def test_get_azs_and_cidr_are_list_tokens() -> None:
    assert Token.is_unresolved(Fn.get_azs())
    assert len(Fn.get_azs()) == 1
    assert Token.is_unresolved(Fn.cidr("10.0.0.0/16", 2, "8"))


def test_sub_without_and_with_variables(stack: Stack, bucket: CfnResource) -> None:
    assert stack.resolve(Fn.sub("hello ${AWS::Region}")) == {"Fn::Sub": "hello ${AWS::Region}"}
    assert stack.resolve(Fn.sub("${Foo}-x", {"Foo": bucket.ref})) == {
        "Fn::Sub": ["${Foo}-x", {"Foo": {"Ref": "Bucket"}}]
    }


def test_sub_with_a_token_in_the_body_turns_the_body_into_a_join(stack: Stack, bucket: CfnResource) -> None:
    body = "${AWS::Region}-${Foo}-" + bucket.ref
    assert stack.resolve(Fn.sub(body, {"Foo": bucket.ref})) == {
        "Fn::Sub": [
            {"Fn::Join": ["", ["${AWS::Region}-${Foo}-", {"Ref": "Bucket"}]]},
            {"Foo": {"Ref": "Bucket"}},
        ]
    }


# -- join, select, split, len: literal shortcuts and token forms ---------------------------------------------


def test_join_of_literals_is_a_plain_string(stack: Stack) -> None:
    assert stack.resolve(Fn.join(",", ["a", "b", "c"])) == "a,b,c"
    assert stack.resolve(Fn.join("-", ["only"])) == "only"


def test_join_of_a_list_token(stack: Stack) -> None:
    names = CfnParameter(stack, "Names", type="CommaDelimitedList")
    assert stack.resolve(Fn.join("|", names.value_as_list)) == {"Fn::Join": ["|", {"Ref": "Names"}]}


def test_select_of_literals_returns_the_element() -> None:
    assert Fn.select(1, ["a", "b", "c"]) == "b"


def test_select_with_tokens(stack: Stack) -> None:
    names = CfnParameter(stack, "Names", type="CommaDelimitedList")
    p = CfnParameter(stack, "P")
    assert stack.resolve(Fn.select(0, names.value_as_list)) == {"Fn::Select": [0, {"Ref": "Names"}]}
    assert stack.resolve(Fn.select(1, ["a", p.value_as_string])) == {"Fn::Select": [1, ["a", {"Ref": "P"}]]}


def test_split_of_a_literal_splits_now() -> None:
    assert Fn.split(",", "x,y,z") == ["x", "y", "z"]


def test_split_of_a_token(stack: Stack) -> None:
    p = CfnParameter(stack, "Csv")
    split = Fn.split(",", p.value_as_string)
    assert Token.is_unresolved(split)
    assert stack.resolve(split) == {"Fn::Split": [",", {"Ref": "Csv"}]}


def test_split_of_a_token_with_an_assumed_length_gives_selects(stack: Stack) -> None:
    p = CfnParameter(stack, "Csv")
    parts = Fn.split(",", p.value_as_string, 3)
    assert len(parts) == 3
    assert [stack.resolve(x) for x in parts] == [
        {"Fn::Select": [i, {"Fn::Split": [",", {"Ref": "Csv"}]}]} for i in range(3)
    ]


def test_import_list_value(stack: Stack) -> None:
    parts = Fn.import_list_value("SharedList", 2)
    assert [stack.resolve(x) for x in parts] == [
        {"Fn::Select": [i, {"Fn::Split": [",", {"Fn::ImportValue": "SharedList"}]}]} for i in range(2)
    ]


def test_len_of_a_literal_list_is_its_length() -> None:
    assert Fn.len(["a", "b", "c"]) == 3


def test_len_of_a_token_adds_the_language_extensions_transform(stack: Stack) -> None:
    names = CfnParameter(stack, "Names", type="CommaDelimitedList")
    CfnResource(stack, "User", type="Custom::User", properties={"Length": Fn.len(names.value_as_list)})
    template = template_of(stack)
    assert template["Resources"]["User"]["Properties"] == {"Length": {"Fn::Length": {"Ref": "Names"}}}
    assert _transforms(template) == [LANGUAGE_EXTENSIONS]
    assert list(template)[0] == "Transform"


def test_to_json_string_of_literals_is_compact_json_without_none() -> None:
    assert Fn.to_json_string({"a": [1, 2], "b": None, "c": "x"}) == '{"a":[1,2],"c":"x"}'


def test_to_json_string_with_tokens_builds_a_join_and_adds_the_transform(stack: Stack, bucket: CfnResource) -> None:
    CfnResource(stack, "User", type="Custom::User", properties={"Json": Fn.to_json_string({"b": bucket.ref, "n": 1})})
    template = template_of(stack)
    assert template["Resources"]["User"]["Properties"]["Json"] == {
        "Fn::Join": ["", ['{"b":"', {"Ref": "Bucket"}, '","n":1}']]
    }
    assert _transforms(template) == [LANGUAGE_EXTENSIONS]


def test_find_in_map_with_a_default_adds_the_transform(stack: Stack) -> None:
    CfnResource(
        stack, "User", type="Custom::User", properties={"V": Fn.find_in_map("Map", "a", "b", "fallback")}
    )
    template = template_of(stack)
    assert template["Resources"]["User"]["Properties"]["V"] == {
        "Fn::FindInMap": ["Map", "a", "b", {"DefaultValue": "fallback"}]
    }
    assert _transforms(template) == [LANGUAGE_EXTENSIONS]


def test_plain_intrinsics_add_no_transform(stack: Stack, bucket: CfnResource) -> None:
    CfnResource(stack, "User", type="Custom::User", properties={"V": Fn.find_in_map("Map", "a", "b")})
    assert "Transform" not in template_of(stack)


def test_stack_to_json_string_splices_tokens_without_a_transform(stack: Stack, bucket: CfnResource) -> None:
    CfnResource(
        stack, "User", type="Custom::User", properties={"Json": stack.to_json_string({"bucket": bucket.ref, "n": 1})}
    )
    template = template_of(stack)
    assert template["Resources"]["User"]["Properties"]["Json"] == {
        "Fn::Join": ["", ['{"bucket":"', {"Ref": "Bucket"}, '","n":1}']]
    }
    assert "Transform" not in template


# -- conditions -------------------------------------------------------------------------------------------


def test_condition_functions(stack: Stack) -> None:
    eq = Fn.condition_equals("a", "b")
    assert stack.resolve(eq) == {"Fn::Equals": ["a", "b"]}
    assert stack.resolve(Fn.condition_not(eq)) == {"Fn::Not": [{"Fn::Equals": ["a", "b"]}]}
    assert stack.resolve(Fn.condition_and(eq, eq)) == {"Fn::And": [{"Fn::Equals": ["a", "b"]}] * 2}
    assert stack.resolve(Fn.condition_or(eq, eq)) == {"Fn::Or": [{"Fn::Equals": ["a", "b"]}] * 2}
    assert stack.resolve(Fn.condition_contains(["x", "y"], "x")) == {"Fn::Contains": [["x", "y"], "x"]}
    assert stack.resolve(Fn.condition_each_member_equals(["x"], "x")) == {"Fn::EachMemberEquals": [["x"], "x"]}
    assert stack.resolve(Fn.condition_each_member_in(["x"], ["x", "y"])) == {
        "Fn::EachMemberIn": [["x"], ["x", "y"]]
    }
    assert stack.resolve(Fn.condition_if("IsProd", "a", Aws.NO_VALUE)) == {
        "Fn::If": ["IsProd", "a", {"Ref": "AWS::NoValue"}]
    }


def test_single_argument_and_or_are_returned_unwrapped(stack: Stack) -> None:
    eq = Fn.condition_equals("a", "b")
    assert Fn.condition_and(eq) is eq
    assert Fn.condition_or(eq) is eq
    assert stack.resolve(Fn.condition_and(eq)) == {"Fn::Equals": ["a", "b"]}


def test_rule_only_functions(stack: Stack) -> None:
    assert stack.resolve(Fn.ref_all("AWS::EC2::VPC::Id")) == {"Fn::RefAll": "AWS::EC2::VPC::Id"}
    assert stack.resolve(Fn.value_of("Subnet", "VpcId")) == {"Fn::ValueOf": ["Subnet", "VpcId"]}
    assert stack.resolve(Fn.value_of_all("AWS::EC2::Subnet::Id", "VpcId")) == {
        "Fn::ValueOfAll": ["AWS::EC2::Subnet::Id", "VpcId"]
    }


def test_cfn_condition_inside_an_expression_renders_a_condition_reference(stack: Stack) -> None:
    is_prod = CfnCondition(stack, "IsProd", expression=Fn.condition_equals("prod", "prod"))
    assert stack.resolve(Fn.condition_not(is_prod)) == {"Fn::Not": [{"Condition": "IsProd"}]}
    template = template_of(stack)
    assert template["Conditions"] == {"IsProd": {"Fn::Equals": ["prod", "prod"]}}


def test_condition_without_expression_renders_nothing(stack: Stack) -> None:
    CfnCondition(stack, "Empty")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    assert "Conditions" not in template_of(stack)


# -- pseudo parameters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "name"),
    [
        (Aws.ACCOUNT_ID, "AWS::AccountId"),
        (Aws.REGION, "AWS::Region"),
        (Aws.PARTITION, "AWS::Partition"),
        (Aws.URL_SUFFIX, "AWS::URLSuffix"),
        (Aws.STACK_NAME, "AWS::StackName"),
        (Aws.STACK_ID, "AWS::StackId"),
        (Aws.NO_VALUE, "AWS::NoValue"),
        (Aws.NOTIFICATION_ARNS, "AWS::NotificationARNs"),
    ],
)
def test_pseudo_parameters_render_as_refs(stack: Stack, token: Any, name: str) -> None:
    assert stack.resolve(token) == {"Ref": name}
