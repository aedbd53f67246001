"""Raw overrides (cdk-facts §4): dotted paths, escaped dots, list indices, deletions and merge order."""

from __future__ import annotations

from _core_support import resources_of

from constructs import CfnCondition, CfnResource, Fn, Stack


def test_new_keys_from_overrides_go_to_the_end_of_their_object(stack: Stack) -> None:
    cond = CfnCondition(stack, "Cond", expression=Fn.condition_equals("a", "a"))
    res = CfnResource(stack, "Res", type="Custom::Thing", properties={"Keep": "k"})
    res.cfn_options.condition = cond
    res.add_override("ZCustomTop", {"anything": ["goes"]})
    res.add_override("Properties.Over.Deep", "value")
    rendered = resources_of(stack)["Res"]
    assert list(rendered) == ["Type", "Properties", "Condition", "ZCustomTop"]
    assert rendered["Properties"] == {"Keep": "k", "Over": {"Deep": "value"}}


def test_property_override_with_list_index_and_escaped_dot(stack: Stack) -> None:
    res = CfnResource(
        stack, "Res", type="Custom::Thing",
        properties={"List": [{"Name": "a", "Value": 1}, {"Name": "b", "Value": 2}]},
    )
    res.add_property_override("List.1.Value", 20)
    res.add_property_override("Dotted\\.Key", "one key")
    assert resources_of(stack)["Res"]["Properties"] == {
        "List": [{"Name": "a", "Value": 1}, {"Name": "b", "Value": 20}],
        "Dotted.Key": "one key",
    }


def test_override_replaces_an_intrinsic_instead_of_merging(stack: Stack) -> None:
    target = CfnResource(stack, "Target", type="AWS::SQS::Queue")
    res = CfnResource(stack, "Res", type="Custom::Thing", properties={"Intrinsic": target.ref})
    res.add_property_override("Intrinsic.Extra", "object")
    assert resources_of(stack)["Res"]["Properties"] == {"Intrinsic": {"Extra": "object"}}


def test_override_values_may_be_tokens(stack: Stack) -> None:
    target = CfnResource(stack, "Target", type="AWS::SQS::Queue")
    res = CfnResource(stack, "Res", type="Custom::Thing")
    res.add_property_override("Arn", target.get_att("Arn"))
    res.add_property_override("Joined", f"x-{target.ref}")
    assert resources_of(stack)["Res"]["Properties"] == {
        "Arn": {"Fn::GetAtt": ["Target", "Arn"]},
        "Joined": {"Fn::Join": ["", ["x-", {"Ref": "Target"}]]},
    }


def test_deletion_overrides_remove_keys_and_emptied_objects(stack: Stack) -> None:
    res = CfnResource(
        stack, "Res", type="Custom::Thing",
        properties={"Keep": "k", "Remove": "r", "Deep": {"Remove": {"x": 1}, "Stay": 2}},
    )
    res.add_property_deletion_override("Remove")
    res.add_property_deletion_override("Deep.Remove")
    typeless = CfnResource(stack, "Typeless", type="AWS::SNS::Topic", properties={"A": {"B": "c"}})
    typeless.add_deletion_override("Type")
    typeless.add_property_deletion_override("A.B")
    resources = resources_of(stack)
    assert resources["Res"]["Properties"] == {"Keep": "k", "Deep": {"Stay": 2}}
    assert resources["Typeless"] == {}


def test_deletion_override_of_a_resource_attribute(stack: Stack) -> None:
    cond = CfnCondition(stack, "Cond", expression=Fn.condition_equals("a", "a"))
    res = CfnResource(stack, "Res", type="AWS::SNS::Topic")
    res.cfn_options.condition = cond
    res.add_deletion_override("Condition")
    assert resources_of(stack)["Res"] == {"Type": "AWS::SNS::Topic"}


def test_overrides_can_replace_type_properties_and_policies(stack: Stack) -> None:
    res = CfnResource(stack, "Raw", type="AWS::SNS::Topic")
    res.add_override("Type", "AWS::SQS::Queue")
    res.add_override("Properties", {"Whole": {"Object": 1}})
    res.add_override("DeletionPolicy", "Retain")
    res.add_override("Metadata.Added", True)
    assert resources_of(stack)["Raw"] == {
        "Type": "AWS::SQS::Queue",
        "Properties": {"Whole": {"Object": 1}},
        "DeletionPolicy": "Retain",
        "Metadata": {"Added": True},
    }


def test_later_override_of_the_same_path_wins(stack: Stack) -> None:
    res = CfnResource(stack, "Res", type="Custom::Thing", properties={"A": 1})
    res.add_property_override("A", 2)
    res.add_property_override("A", 3)
    assert resources_of(stack)["Res"]["Properties"] == {"A": 3}


def test_override_through_a_scalar_turns_it_into_an_object(stack: Stack) -> None:
    res = CfnResource(stack, "Res", type="Custom::Thing", properties={"A": "scalar"})
    res.add_property_override("A.B", 1)
    assert resources_of(stack)["Res"]["Properties"] == {"A": {"B": 1}}
