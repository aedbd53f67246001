"""Typed traffic shifting: ``DeploymentPreference`` and ``TrafficShifting`` render SAM's shape, and the SAM
translator turns them into the CodeDeploy application, deployment group and alias update policy.

Expected resources and properties come from the translator's output for the synthesized template.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint

from constructs import Fn, Stack, ValidationError
from l2 import sam
from tests.l2.sam._translator import sam_transform


def _function(stack: Stack, id: str = "F", **kwargs: Any) -> sam.CfnFunction:
    return sam.CfnFunction(
        stack, id, code_uri="s3://bucket/key.zip", handler="index.handler", runtime="python3.12", **kwargs
    )


def _types(template: dict[str, Any]) -> dict[str, str]:
    return {k: v["Type"] for k, v in template["Resources"].items()}


def _lint_errors(template: dict[str, Any]) -> list[str]:
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_full_deployment_preference(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    pre = _function(stack, "PreHook")
    topic = "arn:aws:sns:us-east-1:123456789012:deployments"
    preference = sam.DeploymentPreference(
        type=sam.DeploymentType.CANARY_10_PERCENT_5_MINUTES,
        alarms=[Fn.ref("ErrorsAlarm"), "LatencyAlarm"],
        hooks=sam.DeploymentHooks(pre_traffic=pre, post_traffic="post-hook-fn"),
        role="arn:aws:iam::123456789012:role/codedeploy",
        trigger_configurations=[
            sam.TriggerConfiguration(
                trigger_events=["DeploymentFailure"], trigger_name="failures", trigger_target_arn=topic
            )
        ],
    )
    sam.TrafficShifting(alias_name="live", deployment_preference=preference).apply(_function(stack))
    template = synth(stack)
    props = template["Resources"]["F"]["Properties"]
    assert props["AutoPublishAlias"] == "live"
    assert props["DeploymentPreference"] == {
        "Type": "Canary10Percent5Minutes",
        "Alarms": [{"Ref": "ErrorsAlarm"}, "LatencyAlarm"],
        "Hooks": {"PreTraffic": {"Ref": "PreHook"}, "PostTraffic": "post-hook-fn"},
        "Role": "arn:aws:iam::123456789012:role/codedeploy",
        "TriggerConfigurations": [
            {"TriggerEvents": ["DeploymentFailure"], "TriggerName": "failures", "TriggerTargetArn": topic}
        ],
    }
    template["Resources"]["ErrorsAlarm"] = {
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": {
            "ComparisonOperator": "GreaterThanThreshold",
            "EvaluationPeriods": 1,
            "MetricName": "Errors",
            "Namespace": "AWS/Lambda",
            "Period": 60,
            "Statistic": "Sum",
            "Threshold": 0,
        },
    }

    out = sam_transform(template)
    types = _types(out)
    assert types["ServerlessDeploymentApplication"] == "AWS::CodeDeploy::Application"
    assert types["FDeploymentGroup"] == "AWS::CodeDeploy::DeploymentGroup"
    assert types["FAliaslive"] == "AWS::Lambda::Alias"
    assert "CodeDeployServiceRole" not in types  # the given role is used
    group = out["Resources"]["FDeploymentGroup"]["Properties"]
    assert group["DeploymentConfigName"] == {
        "Fn::Sub": ["CodeDeployDefault.Lambda${ConfigName}", {"ConfigName": "Canary10Percent5Minutes"}]
    }
    assert group["AlarmConfiguration"] == {
        "Enabled": True,
        "Alarms": [{"Name": {"Ref": "ErrorsAlarm"}}, {"Name": "LatencyAlarm"}],
    }
    assert group["ServiceRoleArn"] == "arn:aws:iam::123456789012:role/codedeploy"
    assert group["TriggerConfigurations"] == [
        {"TriggerEvents": ["DeploymentFailure"], "TriggerName": "failures", "TriggerTargetArn": topic}
    ]
    update = out["Resources"]["FAliaslive"]["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]
    assert update["BeforeAllowTrafficHook"] == {"Ref": "PreHook"}
    assert update["AfterAllowTrafficHook"] == "post-hook-fn"
    assert _lint_errors(out) == []


@pytest.mark.parametrize("attr", [a for a in dir(sam.DeploymentType) if a.isupper() and a != "PREDEFINED"])
def test_every_predefined_type_becomes_its_codedeploy_config(
    attr: str, stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    kind = getattr(sam.DeploymentType, attr)
    sam.TrafficShifting(alias_name="live", deployment_preference=sam.DeploymentPreference(type=kind)).apply(
        _function(stack)
    )
    out = sam_transform(synth(stack))
    group = out["Resources"]["FDeploymentGroup"]["Properties"]
    assert group["DeploymentConfigName"] == {
        "Fn::Sub": ["CodeDeployDefault.Lambda${ConfigName}", {"ConfigName": kind.name}]
    }
    assert _types(out)["CodeDeployServiceRole"] == "AWS::IAM::Role"
    assert _lint_errors(out) == []


def test_predefined_types_are_the_translators_list() -> None:
    from samtranslator.model.preferences.deployment_preference_collection import (
        CODEDEPLOY_PREDEFINED_CONFIGURATIONS_LIST,
    )

    assert list(sam.DeploymentType.PREDEFINED) == list(CODEDEPLOY_PREDEFINED_CONFIGURATIONS_LIST)
    constants = {getattr(sam.DeploymentType, a).name for a in dir(sam.DeploymentType) if a.isupper()
                 and a != "PREDEFINED"}
    assert constants == set(CODEDEPLOY_PREDEFINED_CONFIGURATIONS_LIST)


def test_custom_deployment_config(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    preference = sam.DeploymentPreference(type=sam.DeploymentType.custom("MyConfig"))
    _function(stack, auto_publish_alias="live", deployment_preference=preference)
    out = sam_transform(synth(stack))
    assert out["Resources"]["FDeploymentGroup"]["Properties"]["DeploymentConfigName"] == "MyConfig"


def test_disabled_preference_makes_no_deployment_group(
    stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    preference = sam.DeploymentPreference(type=sam.DeploymentType.ALL_AT_ONCE, enabled=False)
    sam.TrafficShifting(alias_name="live", deployment_preference=preference).apply(_function(stack))
    template = synth(stack)
    assert template["Resources"]["F"]["Properties"]["DeploymentPreference"] == {"Type": "AllAtOnce", "Enabled": False}
    types = _types(sam_transform(template))
    assert "FAliaslive" in types
    assert "FDeploymentGroup" not in types
    assert "ServerlessDeploymentApplication" not in types


def test_passthrough_condition(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    preference = sam.DeploymentPreference(type=sam.DeploymentType.ALL_AT_ONCE, passthrough_condition=True)
    fn = _function(stack, auto_publish_alias="live", deployment_preference=preference)
    template = synth(stack)
    template["Conditions"] = {"Deploy": {"Fn::Equals": ["a", "a"]}}
    template["Resources"]["F"]["Condition"] = "Deploy"
    assert fn.deployment_preference is preference
    out = sam_transform(template)
    assert out["Resources"]["FDeploymentGroup"]["Condition"] == "Deploy"


def test_alias_only_and_code_sha(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    shifting = sam.TrafficShifting(alias_name="prod", code_sha256="abc123", all_properties=True)
    assert shifting.function_props() == {
        "auto_publish_alias": "prod",
        "auto_publish_code_sha256": "abc123",
        "auto_publish_alias_all_properties": True,
    }
    _function(stack, **shifting.function_props())
    template = synth(stack)
    props = template["Resources"]["F"]["Properties"]
    assert (props["AutoPublishAlias"], props["AutoPublishCodeSha256"], props["AutoPublishAliasAllProperties"]) == (
        "prod",
        "abc123",
        True,
    )
    out = sam_transform(template)
    types = _types(out)
    assert types["FAliasprod"] == "AWS::Lambda::Alias"
    assert "FDeploymentGroup" not in types
    versions = [k for k, v in types.items() if v == "AWS::Lambda::Version"]
    assert len(versions) == 1
    assert _lint_errors(out) == []


def test_deployment_preference_without_alias_is_rejected_by_sam(
    stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    # what TrafficShifting prevents: SAM needs AutoPublishAlias for a DeploymentPreference
    _function(stack, deployment_preference=sam.DeploymentPreference(type=sam.DeploymentType.ALL_AT_ONCE))
    with pytest.raises(Exception, match="AutoPublishAlias"):
        sam_transform(synth(stack))


def test_apply_refuses_a_different_alias(stack: Stack) -> None:
    fn = _function(stack, auto_publish_alias="blue")
    with pytest.raises(ValidationError, match=r"auto_publish_alias is already 'blue'.*\n.*S/F"):
        sam.TrafficShifting(alias_name="green").apply(fn)
    sam.TrafficShifting(alias_name="blue").apply(fn)
    assert fn.auto_publish_alias == "blue"


def test_structs_given_as_mappings(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    preference = sam.DeploymentPreference(
        type=sam.DeploymentType.LINEAR_10_PERCENT_EVERY_1_MINUTE,
        hooks={"post_traffic": "post"},  # type: ignore[arg-type]
        trigger_configurations=[
            {"trigger_events": ["DeploymentSuccess"], "trigger_name": "ok", "trigger_target_arn": "arn:t"}  # type: ignore[list-item]
        ],
    )
    _function(stack, auto_publish_alias="live", deployment_preference=preference)
    props = synth(stack)["Resources"]["F"]["Properties"]["DeploymentPreference"]
    assert props["Hooks"] == {"PostTraffic": "post"}
    assert props["TriggerConfigurations"] == [
        {"TriggerEvents": ["DeploymentSuccess"], "TriggerName": "ok", "TriggerTargetArn": "arn:t"}
    ]


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="type"):
        sam.DeploymentPreference(type="AllAtOnce")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="hooks"):
        sam.DeploymentPreference(type=sam.DeploymentType.ALL_AT_ONCE, hooks="PreTraffic")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pre_traffic"):
        sam.DeploymentHooks(pre_traffic=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="alias_name"):
        sam.TrafficShifting(alias_name=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="name must not be empty"):
        sam.DeploymentType.custom("")
