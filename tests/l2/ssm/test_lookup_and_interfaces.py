"""``StringParameter.value_from_lookup`` as a context provider, and the ``I*Parameter`` interfaces and structs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import App, Aws, CfnOutput, Environment, Fn, Stack, ValidationError
from l2 import ssm

ENV = Environment(account="123456789012", region="eu-west-1")
LOOKUP_ROLE = "arn:${AWS::Partition}:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-eu-west-1"


def test_missing_lookups_are_reported_as_aws_cdk_lib_reports_them(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S", env=ENV)
    assert ssm.StringParameter.value_from_lookup(stack, "/missing/param") == "dummy-value-for-/missing/param"
    assert (
        ssm.StringParameter.value_from_lookup(stack, "/missing/other", "fallback", additional_cache_key="k1")
        == "fallback"
    )
    app.synth()
    missing = json.loads((tmp_path / "manifest.json").read_text())["missing"]
    # aws-cdk-lib 2.275.0's manifest for the same two lookups
    assert missing == [
        {
            "key": "ssm:account=123456789012:parameterName=/missing/param:region=eu-west-1",
            "provider": "ssm",
            "props": {
                "dummyValue": "dummy-value-for-/missing/param",
                "ignoreErrorOnMissingContext": False,
                "account": "123456789012",
                "region": "eu-west-1",
                "parameterName": "/missing/param",
                "lookupRoleArn": LOOKUP_ROLE,
            },
        },
        {
            "key": "ssm:account=123456789012:additionalCacheKey=k1:parameterName=/missing/other:region=eu-west-1",
            "provider": "ssm",
            "props": {
                "dummyValue": "fallback",
                "ignoreErrorOnMissingContext": True,
                "additionalCacheKey": "k1",
                "account": "123456789012",
                "region": "eu-west-1",
                "parameterName": "/missing/other",
                "lookupRoleArn": LOOKUP_ROLE,
            },
        },
    ]


def test_a_context_value_is_used_and_nothing_is_missing(tmp_path: Path) -> None:
    key = "ssm:account=123456789012:parameterName=/p:region=eu-west-1"
    app = App(outdir=str(tmp_path), context={key: "real"})
    stack = Stack(app, "S", env=ENV)
    assert ssm.StringParameter.value_from_lookup(stack, "/p", "fallback") == "real"
    app.synth()
    assert "missing" not in json.loads((tmp_path / "manifest.json").read_text())


def test_lookups_need_a_concrete_environment() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="Cannot retrieve value from context provider ssm"):
        ssm.StringParameter.value_from_lookup(stack, "/p")


def test_lookups_refuse_token_names() -> None:
    stack = Stack(App(), "S", env=ENV)
    with pytest.raises(ValidationError, match="Cannot determine scope for context provider ssm"):
        ssm.StringParameter.value_from_lookup(stack, Fn.ref("Name"))


def test_new_and_imported_parameters_satisfy_the_interfaces() -> None:
    stack = Stack(App(), "S")
    string = ssm.StringParameter(stack, "P", string_value="v")
    listed = ssm.StringListParameter(stack, "L", string_list_value=["a"])
    imported = ssm.StringParameter.from_string_parameter_name(stack, "I", "/i")
    imported_list = ssm.StringListParameter.from_list_parameter_attributes(stack, "IL", parameter_name="/il")
    assert all(isinstance(x, ssm.IStringParameter) for x in (string, imported))
    assert all(isinstance(x, ssm.IStringListParameter) for x in (listed, imported_list))
    assert all(isinstance(x, ssm.IParameter) for x in (string, listed, imported, imported_list))
    assert not isinstance(listed, ssm.IStringParameter)
    assert ssm.StringParameter.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-ssm.StringParameter"
    assert ssm.StringListParameter.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-ssm.StringListParameter"


def test_structs_require_what_aws_cdk_lib_requires() -> None:
    props = ssm.StringParameterProps(string_value="v", tier=ssm.ParameterTier.ADVANCED)
    assert (props.string_value, props.tier, props.parameter_name) == ("v", ssm.ParameterTier.ADVANCED, None)
    assert ssm.ListParameterAttributes(parameter_name="/l", version=2).version == 2
    assert ssm.StringParameterLookupOptions(additional_cache_key="k").additional_cache_key == "k"
    with pytest.raises(TypeError):
        ssm.StringParameterProps()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ssm.SecureStringParameterAttributes(version=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ssm.StringParameterProps(string_value="v", tier="Advanced")  # type: ignore[arg-type]


def test_wrong_lookup_argument_types_are_type_errors() -> None:
    stack = Stack(App(), "S", env=ENV)
    with pytest.raises(TypeError):
        ssm.StringParameter.value_from_lookup(stack, 5)  # type: ignore[arg-type]


def test_a_name_starting_with_a_pseudo_parameter_is_read_through_a_cfn_parameter(
    stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    # aws-cdk-lib 2.275.0 (checked with the oracle): a pseudo parameter is no ``Fn`` intrinsic, so the value comes
    # from an ``AWS::SSM::Parameter::Value<String>`` parameter whose default is the joined name.
    imported = ssm.StringParameter.from_string_parameter_attributes(
        stack, "FromPseudo", parameter_name=f"{Aws.STACK_NAME}-param", simple_name=True
    )
    CfnOutput(stack, "Out", value=imported.string_value)
    template = synth(stack)
    assert template["Parameters"]["FromPseudoParameter"] == {
        "Type": "AWS::SSM::Parameter::Value<String>",
        "Default": {"Fn::Join": ["", [{"Ref": "AWS::StackName"}, "-param"]]},
    }
    assert template["Outputs"]["Out"] == {"Value": {"Ref": "FromPseudoParameter"}}
