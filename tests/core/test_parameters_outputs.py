"""CfnParameter and CfnOutput (cdk-facts §4, §10)."""

from __future__ import annotations

import pytest
from _core_support import template_of, user_sections

from constructs import CfnCondition, CfnOutput, CfnParameter, CfnResource, Fn, Stack

PARAMETER_KEY_ORDER = [
    "Type", "Default", "AllowedPattern", "AllowedValues", "ConstraintDescription", "Description", "MaxLength",
    "MaxValue", "MinLength", "MinValue", "NoEcho",
]


def test_parameter_type_defaults_to_string(stack: Stack) -> None:
    CfnParameter(stack, "P")
    assert user_sections(stack)["Parameters"] == {"P": {"Type": "String"}}


def test_parameter_example_from_cdk(stack: Stack) -> None:
    CfnParameter(stack, "Env", default="dev", allowed_values=["dev", "prod"], description="env", no_echo=True)
    assert user_sections(stack)["Parameters"] == {
        "Env": {"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"], "Description": "env",
                "NoEcho": True}
    }


def test_parameter_renders_every_option_in_cdk_order(stack: Stack) -> None:
    CfnParameter(
        stack, "All",
        no_echo=False, min_value=1, min_length=2, max_value=10.0, max_length=20, description="d",
        constraint_description="c", allowed_values=["1", "5"], allowed_pattern="[0-9]+", default=5, type="Number",
    )
    rendered = user_sections(stack)["Parameters"]["All"]
    assert list(rendered) == PARAMETER_KEY_ORDER
    assert rendered == {
        "Type": "Number", "Default": 5, "AllowedPattern": "[0-9]+", "AllowedValues": ["1", "5"],
        "ConstraintDescription": "c", "Description": "d", "MaxLength": 20, "MaxValue": 10, "MinLength": 2,
        "MinValue": 1, "NoEcho": False,
    }
    assert type(rendered["MaxValue"]) is int


def test_parameter_values_are_refs(stack: Stack) -> None:
    s = CfnParameter(stack, "S")
    n = CfnParameter(stack, "N", type="Number")
    lst = CfnParameter(stack, "L", type="CommaDelimitedList")
    typed = CfnParameter(stack, "Subnets", type="List<AWS::EC2::Subnet::Id>")
    assert stack.resolve(s.value_as_string) == {"Ref": "S"}
    assert stack.resolve(s.value) == {"Ref": "S"}
    assert stack.resolve(n.value_as_number) == {"Ref": "N"}
    assert stack.resolve(lst.value_as_list) == {"Ref": "L"}
    assert stack.resolve(typed.value_as_list) == {"Ref": "Subnets"}
    assert stack.resolve(s.logical_id) == "S"


def test_fails_value_as_number_of_a_string_parameter(stack: Stack) -> None:
    p = CfnParameter(stack, "S")
    with pytest.raises(RuntimeError, match=r"Parameter type \(String\) is not a number type"):
        _ = p.value_as_number


def test_fails_value_as_list_of_a_string_parameter(stack: Stack) -> None:
    p = CfnParameter(stack, "S")
    with pytest.raises(RuntimeError, match=r"Parameter type \(String\) is not a string list type"):
        _ = p.value_as_list


def test_bootstrap_parameter_comes_last(stack: Stack) -> None:
    CfnParameter(stack, "Mine")
    assert list(template_of(stack)["Parameters"]) == ["Mine", "BootstrapVersion"]


# -- outputs ----------------------------------------------------------------------------------------------


def test_output_with_every_option(stack: Stack) -> None:
    zeta = CfnResource(stack, "Zeta", type="AWS::SNS::Topic")
    cond = CfnCondition(stack, "IsProd", expression=Fn.condition_equals("a", "b"))
    CfnOutput(stack, "Out2", value=zeta.ref, export_name="MyExport", description="d", condition=cond)
    rendered = user_sections(stack)["Outputs"]["Out2"]
    assert rendered == {"Description": "d", "Value": {"Ref": "Zeta"}, "Export": {"Name": "MyExport"},
                        "Condition": "IsProd"}
    assert list(rendered) == ["Description", "Value", "Export", "Condition"]


def test_output_key_replaces_the_logical_id(stack: Stack) -> None:
    CfnOutput(stack, "Out", value="literal", key="CustomKey")
    assert user_sections(stack)["Outputs"] == {"CustomKey": {"Value": "literal"}}


def test_output_logical_id_is_path_based(stack: Stack) -> None:
    from constructs import Construct

    CfnOutput(Construct(stack, "Group"), "Out", value="v")
    assert list(user_sections(stack)["Outputs"]) == ["GroupOutAB2D817E"]  # md5("Group/Out")


def test_output_import_value(stack: Stack) -> None:
    out = CfnOutput(stack, "Out", value="v", export_name="Shared")
    assert stack.resolve(out.import_value) == {"Fn::ImportValue": "Shared"}


def test_fails_import_value_without_export_name(stack: Stack) -> None:
    out = CfnOutput(stack, "Out", value="v")
    with pytest.raises(RuntimeError):
        _ = out.import_value


def test_fails_output_without_value(stack: Stack) -> None:
    with pytest.raises(RuntimeError):
        CfnOutput(stack, "Out", value=None)
