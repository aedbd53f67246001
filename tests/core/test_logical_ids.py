"""Logical IDs from construct paths (aws-cdk-lib's makeUniqueId, cdk-facts §1), renames and overrides."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from _core_support import resources_of, template_of

from constructs import App, CfnElement, CfnOutput, CfnResource, Construct, Names, Stack


def _resource_at(stack: Stack, path: list[str]) -> CfnResource:
    scope: Construct = stack
    for cid in path[:-1]:
        scope = scope.node.try_find_child(cid) or Construct(scope, cid)
    return CfnResource(scope, path[-1], type="AWS::SNS::Topic")


LOGICAL_ID_TABLE = [
    (["Topic"], "Topic"),
    (["Group", "Resource"], "GroupC77FDACD"),
    (["Group2", "Default"], "Group2"),
    (["Outer", "Inner", "My-Bucket_x.y"], "OuterInnerMyBucketxy46D2D384"),
    (["Foo", "FooBar", "Bar"], "FooFooBar18D1D01F"),
    (["Level1", "Default", "Resource"], "Level1ABBD39B3"),
    (["Bucket", "Bucket", "Resource"], "BucketD7FEB781"),
    (["Api", "Default", "{proxy+}", "Resource"], "Apiproxy05443892"),
    (["Api", "Account"], "ApiAccountA18C9B29"),
    (["Queue", "TopicSubTopicCD153ED8", "Resource"], "QueueTopicSubTopicCD153ED8E1AA1302"),
    (["A" * 250, "Child"], "A" * 240 + "360503F0"),
    (["x" * 300], "x" * 240 + "8A4876EA"),
    (["Resource"], "Resource"),
    (["G", "Resource"], "GCEB75847"),
]


@pytest.mark.parametrize(("path", "expected"), LOGICAL_ID_TABLE, ids=[e for _, e in LOGICAL_ID_TABLE])
def test_logical_id_of_path_matches_cdk(stack: Stack, path: list[str], expected: str) -> None:
    res = _resource_at(stack, path)
    assert stack.get_logical_id(res) == expected
    assert stack.resolve(res.logical_id) == expected
    assert list(resources_of(stack)) == [expected]


def test_long_logical_ids_are_at_most_248_characters(stack: Stack) -> None:
    res = _resource_at(stack, ["A" * 250, "Child"])
    assert len(stack.get_logical_id(res)) == 248


def test_fails_logical_id_empty_after_stripping(app: App, stack: Stack) -> None:
    CfnResource(stack, "---", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    message = str(exc.value)
    assert message.startswith("LogicalAdhereRegularExpression: ")
    assert "Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got ''" in message


def test_fails_default_directly_under_the_stack(app: App, stack: Stack) -> None:
    CfnResource(stack, "Default", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    message = str(exc.value)
    assert message.startswith("UnableToCalculateUniqueId: ")
    assert "Unable to calculate a unique id for an empty set of components" in message


def test_fails_two_elements_with_the_same_logical_id(app: App, stack: Stack) -> None:
    CfnResource(stack, "AB", type="AWS::SNS::Topic")
    CfnResource(stack, "A-B", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError, match="^SectionAlreadyContains: section 'Resources' already contains 'AB'"):
        app.synth()


def test_fails_two_outputs_with_the_same_logical_id(app: App, stack: Stack) -> None:
    CfnOutput(stack, "AB", value="1")
    CfnOutput(stack, "A-B", value="2")
    with pytest.raises(RuntimeError, match="^SectionAlreadyContains: section 'Outputs' already contains 'AB'"):
        app.synth()


class _EmptySection(CfnElement):
    def _to_cloudformation(self) -> dict[str, Any]:
        return {"Conditions": {}}


def test_an_element_contributing_an_empty_section_still_creates_it(stack: Stack) -> None:
    _EmptySection(stack, "Nothing")
    assert template_of(stack)["Conditions"] == {}


# -- renames and overrides ---------------------------------------------------------------------------------


def test_rename_logical_id_applies_to_the_element_and_its_references(stack: Stack) -> None:
    stack.rename_logical_id("Old", "New")
    old = CfnResource(stack, "Old", type="AWS::SNS::Topic")
    CfnResource(stack, "User", type="Custom::User", properties={"Topic": old.ref})
    resources = resources_of(stack)
    assert list(resources) == ["New", "User"]
    assert resources["User"]["Properties"] == {"Topic": {"Ref": "New"}}


def test_rename_logical_id_works_on_hashed_ids(stack: Stack) -> None:
    stack.rename_logical_id("GroupC77FDACD", "Renamed")
    _resource_at(stack, ["Group", "Resource"])
    assert list(resources_of(stack)) == ["Renamed"]


def test_fails_rename_that_is_never_used(app: App, stack: Stack) -> None:
    stack.rename_logical_id("Ghost", "Spirit")
    CfnResource(stack, "Real", type="AWS::SNS::Topic")
    with pytest.raises(
        RuntimeError, match="The following Logical IDs were attempted to be renamed, but not found: Ghost"
    ):
        app.synth()


def test_fails_two_renames_to_the_same_logical_id(app: App, stack: Stack) -> None:
    stack.rename_logical_id("One", "Same")
    stack.rename_logical_id("Two", "Same")
    CfnResource(stack, "One", type="AWS::SNS::Topic")
    CfnResource(stack, "Two", type="AWS::SNS::Topic")
    with pytest.raises(RuntimeError, match="Two objects have been assigned the same Logical ID"):
        app.synth()


def test_override_logical_id_replaces_the_id_outright(stack: Stack) -> None:
    res = _resource_at(stack, ["Group", "Resource"])
    res.override_logical_id("CustomNotHashed")
    CfnResource(stack, "User", type="Custom::User", properties={"Arn": res.get_att("Arn")})
    resources = resources_of(stack)
    assert list(resources) == ["CustomNotHashed", "User"]
    assert resources["User"]["Properties"] == {"Arn": {"Fn::GetAtt": ["CustomNotHashed", "Arn"]}}


def test_logical_id_token_sees_a_later_override(stack: Stack) -> None:
    res = CfnResource(stack, "Res", type="AWS::SNS::Topic")
    token = res.logical_id
    res.override_logical_id("Later")
    assert stack.resolve(token) == "Later"


# -- Names ------------------------------------------------------------------------------------------------


@pytest.fixture
def named() -> tuple[Stack, CfnResource]:
    app = App()
    s = Stack(app, "S")
    res = CfnResource(Construct(s, "My Group"), "Res.1", type="AWS::SNS::Topic")
    return s, res


def test_names_unique_id_uses_the_full_path_from_the_root(named: tuple[Stack, CfnResource]) -> None:
    s, res = named
    assert Names.unique_id(res) == "SMyGroupRes11ED67852"
    assert Names.node_unique_id(res.node) == "SMyGroupRes11ED67852"
    assert s.get_logical_id(res) == "MyGroupRes114760EF2"


def test_names_unique_resource_name_with_separator(named: tuple[Stack, CfnResource]) -> None:
    _, res = named
    assert (
        Names.unique_resource_name(res, separator="-", allowed_special_characters="-") == "S-MyGroup-Res1-1ED67852"
    )


def test_names_unique_id_of_a_top_level_stack_is_its_id() -> None:
    app = App()
    assert Names.unique_id(Stack(app, "Solo")) == "Solo"


def _path_hash(path: str) -> str:
    return hashlib.md5(path.encode()).hexdigest()[:8].upper()


def test_names_unique_resource_name_of_a_single_component_has_no_hash() -> None:
    app = App()
    assert Names.unique_resource_name(Stack(app, "MyStack")) == "MyStack"


def test_names_unique_resource_name_skips_components_that_strip_to_nothing() -> None:
    app = App()
    c = Construct(Construct(Stack(app, "S"), "---"), "X")
    assert Names.unique_resource_name(c, separator="-") == "S-X-" + _path_hash("S/---/X")


@pytest.mark.parametrize(
    ("separator", "human"),
    [
        ("", "SABCDEOPQRST"),  # "SABCDEFGHIJKLMNOPQRST" cut to 12 characters around the middle
        ("-", "S-ABCDPQRST-"),  # "S-ABCDEFGHIJ-KLMNOPQRST-" (trailing separator included) cut to 12
    ],
)
def test_names_unique_resource_name_cuts_the_middle_to_fit_max_length(separator: str, human: str) -> None:
    app = App()
    c = Construct(Construct(Stack(app, "S"), "ABCDEFGHIJ"), "KLMNOPQRST")
    name = Names.unique_resource_name(c, max_length=20, separator=separator, allowed_special_characters="-")
    assert name == human + _path_hash("S/ABCDEFGHIJ/KLMNOPQRST")
    assert len(name) == 20
