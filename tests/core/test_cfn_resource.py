"""CfnResource rendering: properties, resource attributes (cfn_options) and their order (cdk-facts §3, §4)."""

from __future__ import annotations

import pytest
from _core_support import resources_of

from constructs import (
    CfnCondition,
    CfnCreationPolicy,
    CfnDeletionPolicy,
    CfnResource,
    CfnResourceSignal,
    CfnUpdatePolicy,
    Fn,
    Stack,
)
from constructs._cfn_policies import CfnAutoScalingRollingUpdate

ATTRIBUTE_ORDER = [
    "Type", "Properties", "DependsOn", "CreationPolicy", "UpdatePolicy", "UpdateReplacePolicy", "DeletionPolicy",
    "Version", "Description", "Metadata", "Condition",
]


def test_raw_properties_are_emitted_verbatim_with_empty_values_kept(stack: Stack) -> None:
    CfnResource(
        stack, "R", type="Custom::R",
        properties={"lowerCase": "x", "Nested": {"a": [1, {"c": None}], "Empty": {}, "EmptyList": []}, "Gone": None},
    )
    assert resources_of(stack)["R"]["Properties"] == {
        "lowerCase": "x", "Nested": {"a": [1, {}], "Empty": {}, "EmptyList": []}
    }


def test_integer_like_property_keys_come_first(stack: Stack) -> None:
    CfnResource(stack, "R", type="Custom::R", properties={"Plain": 1, "2": 2})
    assert list(resources_of(stack)["R"]["Properties"]) == ["2", "Plain"]


def test_empty_properties_are_omitted(stack: Stack) -> None:
    CfnResource(stack, "R", type="Custom::R", properties={})
    CfnResource(stack, "S", type="Custom::S", properties={"OnlyNone": None})
    resources = resources_of(stack)
    assert resources["R"] == {"Type": "Custom::R"}
    assert resources["S"] == {"Type": "Custom::S"}


def test_fails_without_a_type(stack: Stack) -> None:
    with pytest.raises(RuntimeError):
        CfnResource(stack, "R", type="")


def test_cfn_options_render_in_cdk_attribute_order(stack: Stack) -> None:
    target = CfnResource(stack, "Target", type="AWS::SNS::Topic")
    cond = CfnCondition(stack, "IsProd", expression=Fn.condition_equals("a", "a"))
    res = CfnResource(stack, "R", type="AWS::AutoScaling::AutoScalingGroup", properties={"P": 1})
    opts = res.cfn_options
    # set in reverse order on purpose
    opts.condition = cond
    opts.metadata = {"m": 1}
    opts.description = "desc"
    opts.version = "1.0"
    opts.deletion_policy = CfnDeletionPolicy.RETAIN
    opts.update_replace_policy = CfnDeletionPolicy.SNAPSHOT
    opts.update_policy = CfnUpdatePolicy(
        auto_scaling_rolling_update=CfnAutoScalingRollingUpdate(max_batch_size=2, pause_time="PT1M")
    )
    opts.creation_policy = CfnCreationPolicy(resource_signal=CfnResourceSignal(count=1, timeout="PT5M"))
    res.add_dependency(target)
    rendered = resources_of(stack)["R"]
    assert list(rendered) == ATTRIBUTE_ORDER
    assert rendered == {
        "Type": "AWS::AutoScaling::AutoScalingGroup",
        "Properties": {"P": 1},
        "DependsOn": ["Target"],
        "CreationPolicy": {"ResourceSignal": {"Count": 1, "Timeout": "PT5M"}},
        "UpdatePolicy": {"AutoScalingRollingUpdate": {"MaxBatchSize": 2, "PauseTime": "PT1M"}},
        "UpdateReplacePolicy": "Snapshot",
        "DeletionPolicy": "Retain",
        "Version": "1.0",
        "Description": "desc",
        "Metadata": {"m": 1},
        "Condition": "IsProd",
    }


def test_cfn_options_given_as_dicts_have_their_keys_capitalised(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::AutoScaling::AutoScalingGroup")
    res.cfn_options.update_policy = {"autoScalingReplacingUpdate": {"willReplace": True}}
    assert resources_of(stack)["R"]["UpdatePolicy"] == {"AutoScalingReplacingUpdate": {"WillReplace": True}}


def test_add_metadata_and_get_metadata(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SNS::Topic")
    res.add_metadata("first", {"a": 1})
    res.add_metadata("second", True)
    assert res.get_metadata("first") == {"a": 1}
    assert res.get_metadata("missing") is None
    assert resources_of(stack)["R"]["Metadata"] == {"first": {"a": 1}, "second": True}


def test_ref_and_get_att(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SNS::Topic")
    assert stack.resolve(res.ref) == {"Ref": "R"}
    assert stack.resolve(res.get_att("TopicName")) == {"Fn::GetAtt": ["R", "TopicName"]}
    assert res.cfn_resource_type == "AWS::SNS::Topic"


def test_same_stack_reference_adds_no_depends_on(stack: Stack) -> None:
    a = CfnResource(stack, "A", type="AWS::SNS::Topic")
    CfnResource(stack, "B", type="Custom::B", properties={"Topic": a.ref, "Arn": a.get_att("Arn")})
    assert "DependsOn" not in resources_of(stack)["B"]


def test_path_metadata_is_added_first_when_the_context_asks_for_it(stack: Stack) -> None:
    from constructs import App

    app = App(context={"aws:cdk:enable-path-metadata": True})
    s = Stack(app, "S")
    res = CfnResource(s, "R", type="AWS::SNS::Topic")
    res.add_metadata("other", 1)
    rendered = app.synth().get_stack_artifact("S").template["Resources"]["R"]
    assert rendered["Metadata"] == {"aws:cdk:path": "S/R", "other": 1}
    assert list(rendered["Metadata"]) == ["aws:cdk:path", "other"]


def test_string_form_names_path_and_type(stack: Stack) -> None:
    res = CfnResource(stack, "R", type="AWS::SNS::Topic")
    assert str(res) == "MyStack/R [AWS::SNS::Topic]"


def test_replace_dependency(stack: Stack) -> None:
    a = CfnResource(stack, "A", type="AWS::SNS::Topic")
    b = CfnResource(stack, "B", type="AWS::SNS::Topic")
    c = CfnResource(stack, "C", type="AWS::SNS::Topic")
    b.add_dependency(a)
    b.replace_dependency(a, c)
    assert resources_of(stack)["B"]["DependsOn"] == ["C"]


def test_fails_replacing_a_dependency_that_does_not_exist(stack: Stack) -> None:
    a = CfnResource(stack, "A", type="AWS::SNS::Topic")
    b = CfnResource(stack, "B", type="AWS::SNS::Topic")
    c = CfnResource(stack, "C", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError, match='"MyStack/B" does not depend on "MyStack/A"'):
        b.replace_dependency(a, c)
