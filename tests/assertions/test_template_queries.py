"""``Template``: the section queries and their failure messages (texts from cdk-facts §14 and CDK's tests)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from assertions import AssertionFailure, Capture, Match, Template

BUCKET_TEMPLATE: dict[str, Any] = {
    "Resources": {
        "Bucket83908E77": {
            "Type": "AWS::S3::Bucket",
            "Properties": {"BucketName": "my-bucket", "VersioningConfiguration": {"Status": "Enabled"}},
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain",
        }
    },
    "Outputs": {"Out": {"Value": "my-bucket", "Export": {"Name": "ExportBar"}}},
    "Parameters": {
        "p1": {"Type": "String", "Description": "string parameter"},
        "p2": {"Type": "Number", "Description": "number parameter"},
    },
    "Mappings": {
        "Foo": {"Foo": {"Bar": "Lightning", "Fred": "Waldo"}, "Baz": {"Bar": "Qux"}},
        "Fred": {"Foo": {"Bar": "Lightning"}},
    },
    "Conditions": {
        "Foo": {"Fn::Equals": ["Bar", "Baz"]},
        "Qux": {"Fn::Not": [{"Fn::Equals": ["Quux", "Quuz"]}]},
    },
}


@pytest.fixture
def template() -> Template:
    return Template.from_json(json.loads(json.dumps(BUCKET_TEMPLATE)))


def failure_of(call: Any, *args: Any) -> str:
    with pytest.raises(AssertionFailure) as failure:
        call(*args)
    return str(failure.value)


# -- construction ----------------------------------------------------------------------------------------


def test_from_string_and_to_json_keep_template_order() -> None:
    text = '{"Resources": {"Foo": {"Type": "Baz::Qux", "Properties": {"Fred": "Waldo"}}}, "Outputs": {}}'
    template = Template.from_string(text)
    assert template.to_json() == {
        "Resources": {"Foo": {"Type": "Baz::Qux", "Properties": {"Fred": "Waldo"}}},
        "Outputs": {},
    }
    assert list(template.to_json()) == ["Resources", "Outputs"]


CYCLE = {
    "Resources": {
        "Res1": {"Type": "Foo", "Properties": {"Thing": {"Ref": "Res2"}}},
        "Res2": {"Type": "Foo", "DependsOn": ["Res1"]},
    }
}


def test_cycle_is_rejected_with_the_resources_involved() -> None:
    message = failure_of(Template.from_json, CYCLE)
    expected_json = json.dumps(CYCLE["Resources"], indent=2)
    assert message == (
        f"Template is undeployable, these resources have a dependency cycle: Res1 -> Res2 -> Res1:\n\n{expected_json}"
    )


def test_longer_cycle_is_found_through_fn_sub_and_get_att() -> None:
    resources = {
        "Res1": {"Type": "Foo", "Properties": {"Thing": {"Fn::Sub": "arn:${Res2.Arn}/${!Literal}"}}},
        "Res2": {"Type": "Foo", "Properties": {"X": {"Fn::GetAtt": ["Res3", "Id"]}}},
        "Res3": {"Type": "Foo", "DependsOn": "Res2"},
    }
    message = failure_of(Template.from_json, {"Resources": resources})
    # As in aws-cdk-lib, the reported path starts at the first resource from which the cycle is reachable.
    assert message.startswith(
        "Template is undeployable, these resources have a dependency cycle: Res1 -> Res2 -> Res3 -> Res2:"
    )


@pytest.mark.parametrize("skip", [False, None])
def test_cycle_check_runs_unless_skipped(skip: bool | None) -> None:
    with pytest.raises(AssertionFailure, match="dependency cycle"):
        Template.from_json(CYCLE, skip_cyclical_dependencies_check=skip)


def test_cycle_check_can_be_skipped() -> None:
    assert Template.from_json(CYCLE, skip_cyclical_dependencies_check=True).to_json() == CYCLE
    Template.from_string(json.dumps(CYCLE), skip_cyclical_dependencies_check=True)


def test_references_to_parameters_are_not_dependencies() -> None:
    Template.from_json(
        {
            "Parameters": {"P": {"Type": "String"}},
            "Resources": {"R": {"Type": "T", "Properties": {"A": {"Ref": "P"}}}},
        }
    )


# -- resources --------------------------------------------------------------------------------------------


def test_has_resource_properties_failure_shows_closest_candidate_and_each_mismatch(
    template: Template,
) -> None:
    message = failure_of(
        template.has_resource_properties,
        "AWS::S3::Bucket",
        {"BucketName": "other", "Tags": Match.any_value()},
    )
    assert message == "\n".join(
        [
            "Template has 1 resources with type AWS::S3::Bucket, but none match as expected.",
            "The 1 closest matches:",
            "Bucket83908E77 :: {",
            '  "DeletionPolicy": "Retain",',
            '  "Properties": {',
            "!!   Expected other but received my-bucket",
            '    "BucketName": "my-bucket",',
            "!!   Missing key 'Tags'",
            '    "Tags": undefined,',
            '    "VersioningConfiguration": { "Status": "Enabled" }',
            "  },",
            '  "Type": "AWS::S3::Bucket",',
            '  "UpdateReplacePolicy": "Retain"',
            "}",
        ]
    )


@pytest.mark.parametrize(
    ("props", "annotation"),
    [
        (
            {"VersioningConfiguration": Match.absent()},
            "!!   Received [object Object], but key should be absent",
        ),
        (
            {"BucketName": Match.string_like_regexp("^foo")},
            "!!   String 'my-bucket' did not match pattern '^foo'",
        ),
        ({"BucketName": Match.not_("my-bucket")}, '!!   Found unexpected match: "my-bucket"'),
        ({"BucketName": Match.serialized_json({"a": 1})}, "!!   Invalid JSON string: my-bucket"),
        (Match.object_equals({"BucketName": "my-bucket"}), "!!   Unexpected key VersioningConfiguration"),
    ],
)
def test_annotation_texts(template: Template, props: Any, annotation: str) -> None:
    assert annotation in failure_of(template.has_resource_properties, "AWS::S3::Bucket", props).splitlines()


def test_has_resource_matches_the_whole_resource(template: Template) -> None:
    template.has_resource(
        "AWS::S3::Bucket", {"DeletionPolicy": "Retain", "Properties": {"BucketName": "my-bucket"}}
    )
    message = failure_of(template.has_resource, "AWS::S3::Bucket", {"DeletionPolicy": "Delete"})
    assert "!! Expected Delete but received Retain" in message.splitlines()


def test_no_resource_of_the_type(template: Template) -> None:
    message = failure_of(template.has_resource_properties, "AWS::SNS::Topic", {})
    assert message == "Template has 0 resources with type AWS::SNS::Topic.\nNo matches found"


def test_closest_matches_are_ranked_by_cost_then_id_and_capped_at_three() -> None:
    def props(a: str, b: str, c: str) -> dict[str, Any]:
        return {"Type": "T", "Properties": {"A": a, "B": b, "C": c}}

    resources = {
        "Zed": props("a", "b", "x"),
        "Alpha": props("x", "x", "c"),
        "Beta": props("x", "b", "c"),
        "Gamma": props("x", "x", "x"),
        "Delta": props("x", "x", "x"),
    }
    message = failure_of(
        Template.from_json({"Resources": resources}).has_resource_properties,
        "T",
        {"A": "a", "B": "b", "C": "c"},
    )
    assert message.splitlines()[:2] == [
        "Template has 5 resources with type T, but none match as expected.",
        "The 3 closest matches:",
    ]
    assert re.findall(r"^(\w+) :: ", message, flags=re.MULTILINE) == ["Beta", "Zed", "Alpha"]


def test_resource_count_is(template: Template) -> None:
    template.resource_count_is("AWS::S3::Bucket", 1)
    template.resource_count_is("AWS::SNS::Topic", 0)
    assert (
        failure_of(template.resource_count_is, "AWS::S3::Bucket", 2)
        == "Expected 2 resources of type AWS::S3::Bucket but found 1"
    )


def test_resource_properties_count_is() -> None:
    template = Template.from_json(
        {
            "Resources": {
                "Foo": {"Type": "Foo::Bar", "Properties": {"baz": "qux"}},
                "Bare": {"Type": "Foo::Bar"},
            }
        }
    )
    template.resource_properties_count_is("Foo::Bar", {"baz": "qux"}, 1)
    template.resource_properties_count_is("Foo::Bar", {"bar": Match.absent()}, 2)
    template.resource_properties_count_is("Foo::Bar", Match.absent(), 1)
    template.resource_properties_count_is("Foo::Bar", Match.not_({"baz": "qux"}), 1)
    message = failure_of(template.resource_properties_count_is, "Foo::Bar", {"baz": "nope"}, 1)
    assert message == "Expected 1 resources of type Foo::Bar but found 0"


def test_find_resources(template: Template) -> None:
    assert template.find_resources("AWS::S3::Bucket") == {
        "Bucket83908E77": BUCKET_TEMPLATE["Resources"]["Bucket83908E77"]
    }
    assert template.find_resources("AWS::S3::Bucket", {"Properties": {"BucketName": "nope"}}) == {}
    assert list(template.find_resources("AWS::S3::Bucket", {"DeletionPolicy": "Retain"})) == [
        "Bucket83908E77"
    ]
    assert template.find_resources("AWS::SNS::Topic") == {}


def test_get_resource_id() -> None:
    template = Template.from_json(
        {
            "Resources": {
                "A": {"Type": "T", "Properties": {"X": 1}},
                "B": {"Type": "T", "Properties": {"X": 2}},
            }
        }
    )
    assert template.get_resource_id("T", {"Properties": {"X": 2}}) == "B"
    with pytest.raises(
        AssertionFailure, match='^Template has 2 matches, expected only one.\n  {\n    "A": {'
    ):
        template.get_resource_id("T")
    with pytest.raises(
        AssertionFailure, match="^Template has 2 resources with type T, but none match as expected."
    ):
        template.get_resource_id("T", {"Properties": {"X": 3}})


def test_all_resources_properties() -> None:
    template = Template.from_json(
        {"Resources": {"Bucket83908E77": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "b"}}}}
    )
    template.all_resources_properties("AWS::S3::Bucket", {"BucketName": "b"})
    assert failure_of(template.all_resources_properties, "AWS::S3::Bucket", {"BucketName": "x"}) == (
        "Template has 1 resource(s) with type AWS::S3::Bucket, but none match as expected.\n"
        "The following resources do not match the given definition:\n\tBucket83908E77"
    )


def test_all_resources_reports_the_ones_that_do_not_match() -> None:
    template = Template.from_json(
        {
            "Resources": {
                "Foo": {"Type": "Foo::Bar", "Properties": {"lorem": "ipsum"}},
                "Foo2": {"Type": "Foo::Bar", "Properties": {"baz": "qux"}},
            }
        }
    )
    assert failure_of(template.all_resources, "Foo::Bar", {"Properties": {"lorem": "ipsum"}}) == (
        "Template has 2 resource(s) with type Foo::Bar, but only 1 match as expected.\n"
        "The following resources do not match the given definition:\n\tFoo2"
    )
    template.all_resources("Foo::Bar", Match.not_({"Properties": {"baz": "nope"}}))
    template.all_resources_properties("Foo::Bar", Match.not_({"baz": "nope"}))


# -- other sections ----------------------------------------------------------------------------------------


def test_outputs(template: Template) -> None:
    template.has_output("Out", {"Value": "my-bucket"})
    template.has_output("*", {"Export": {"Name": "ExportBar"}})
    message = failure_of(template.has_output, "Out", {"Export": {"Name": "ExportBaz"}})
    assert message.startswith(
        "Template has 1 outputs named Out, but none match as expected.\nThe 1 closest matches:\nOut :: {"
    )
    assert "!!   Expected ExportBaz but received ExportBar" in message.splitlines()
    assert (
        failure_of(template.has_output, "Nope", {}) == "Template has 0 outputs named Nope.\nNo matches found"
    )
    assert template.find_outputs("*", {"Value": "my-bucket"}) == {"Out": BUCKET_TEMPLATE["Outputs"]["Out"]}
    assert template.find_outputs("Out", {"Value": "other"}) == {}


def test_parameters(template: Template) -> None:
    assert template.find_parameters("*", {"Type": "String"}) == {
        "p1": {"Type": "String", "Description": "string parameter"}
    }
    assert template.find_parameters("p3") == {}
    message = failure_of(template.has_parameter, "*", {"Type": "CommaDelimitedList"})
    assert message.startswith("Template has 2 parameters with logicalId '*', but none match as expected.")
    assert "Expected CommaDelimitedList but received String" in message


def test_mappings(template: Template) -> None:
    template.has_mapping("*", {"Foo": {"Bar": "Lightning"}})
    assert list(template.find_mappings("*", {"Foo": {"Bar": "Lightning"}})) == ["Foo", "Fred"]
    assert template.find_mappings("Fred", {"Baz": {"Bar": "Qux"}}) == {}
    message = failure_of(template.has_mapping, "Fred", {"Foo": {"Baz": "Fred"}})
    assert message.startswith("Template has 1 mappings with logicalId Fred, but none match as expected.")
    assert "Missing key 'Baz'" in message


def test_conditions(template: Template) -> None:
    template.has_condition("*", {"Fn::Equals": ["Bar", "Baz"]})
    assert template.find_conditions("Qux") == {"Qux": {"Fn::Not": [{"Fn::Equals": ["Quux", "Quuz"]}]}}
    message = failure_of(template.has_condition, "Foo", {"Fn::Equals": ["Baz", "Bar"]})
    assert message.startswith("Template has 1 conditions with logicalId Foo, but none match as expected.")
    assert "Expected Baz but received Bar" in message


def test_template_matches(template: Template) -> None:
    template.template_matches({"Resources": {"Bucket83908E77": {"Type": "AWS::S3::Bucket"}}})
    assert failure_of(template.template_matches, {"Resources": {"X": {"Type": "T"}}}) == (
        "Template did not match as expected. The following mismatches were found:\n"
        "\tMissing key 'X' at /Resources/X (using objectLike matcher)"
    )
    message = failure_of(template.template_matches, Match.object_equals({"Resources": Match.any_value()}))
    assert "\tUnexpected key Parameters at /Parameters (using objectEquals matcher)" in message.splitlines()


def test_failures_are_assertion_errors_and_runtime_errors(template: Template) -> None:
    with pytest.raises(RuntimeError):
        template.resource_count_is("AWS::S3::Bucket", 5)
    with pytest.raises(AssertionError):
        template.resource_count_is("AWS::S3::Bucket", 5)


# -- captures ----------------------------------------------------------------------------------------------


def test_capture_across_matching_resources_only() -> None:
    template = Template.from_json(
        {
            "Resources": {
                "Bar1": {"Type": "Foo::Bar", "Properties": {"baz": "qux", "real": True}},
                "Bar2": {"Type": "Foo::Bar", "Properties": {"baz": "waldo", "real": True}},
                "Bar3": {"Type": "Foo::Bar", "Properties": {"baz": "fred", "real": False}},
            }
        }
    )
    capture = Capture()
    template.has_resource("Foo::Bar", {"Properties": Match.object_like({"baz": capture, "real": True})})
    assert capture.as_string() == "qux"
    assert capture.next() is True
    assert capture.as_string() == "waldo"
    assert capture.next() is False
    assert capture.as_string() == "waldo"


def test_capture_list_elements_one_by_one() -> None:
    template = Template.from_json({"Resources": {"R": {"Type": "T", "Properties": {"Values": [1, 2, 3]}}}})
    capture = Capture()
    template.has_resource_properties("T", {"Values": [capture, capture, capture]})
    seen = [capture.as_number()]
    while capture.next():
        seen.append(capture.as_number())
    assert seen == [1, 2, 3]


def test_capture_in_array_with_and_nested_pattern() -> None:
    template = Template.from_json(
        {"Resources": {"R": {"Type": "T", "Properties": {"Fred": ["Flob", "Cat"], "Waldo": ["Qix", "Qux"]}}}}
    )
    fred, waldo, cat = Capture(), Capture(), Capture(Match.array_with(["Cat"]))
    template.has_resource_properties("T", {"Fred": fred, "Waldo": ["Qix", waldo]})
    template.has_resource_properties("T", {"Fred": cat})
    assert fred.as_array() == ["Flob", "Cat"]
    assert waldo.as_string() == "Qux"
    assert cat.as_array() == ["Flob", "Cat"]


def test_capture_of_a_failed_match_records_nothing() -> None:
    template = Template.from_json({"Resources": {"R": {"Type": "T", "Properties": {"A": "a", "B": "b"}}}})
    capture = Capture()
    with pytest.raises(AssertionFailure):
        template.has_resource_properties("T", {"A": capture, "B": "other"})
    with pytest.raises(AssertionFailure, match="^No value captured$"):
        capture.as_string()


@pytest.mark.parametrize(
    ("value", "getter", "message"),
    [
        (
            "my-bucket",
            "as_number",
            'Captured value is expected to be number but found string. Value is "my-bucket"',
        ),
        (5, "as_string", "Captured value is expected to be string but found number. Value is 5"),
        ([1], "as_object", "Captured value is expected to be object but found array. Value is [\n  1\n]"),
        (
            {"a": True},
            "as_boolean",
            'Captured value is expected to be boolean but found object. Value is {\n  "a": true\n}',
        ),
        ("x", "as_array", 'Captured value is expected to be array but found string. Value is "x"'),
    ],
)
def test_capture_type_errors(value: Any, getter: str, message: str) -> None:
    capture = Capture()
    capture.test(value).finished()
    with pytest.raises(AssertionFailure) as failure:
        getattr(capture, getter)()
    assert str(failure.value) == message


def test_capture_values_of_each_type() -> None:
    capture = Capture()
    for value in ("s", 1.5, True, [1], {"k": "v"}):
        capture.test(value).finished()
    assert capture.as_string() == "s"
    assert capture.next() and capture.as_number() == 1.5
    assert capture.next() and capture.as_boolean() is True
    assert capture.next() and capture.as_array() == [1]
    assert capture.next() and capture.as_object() == {"k": "v"}
    assert capture.name == "Capture"
