"""The behaviour cases: (id, matcher or pattern, actual, expected) rows, built from a given ``Match``/``Capture``.

The rows are built by functions taking the ``Match`` and ``Capture`` classes so that the same cases run
against pycdk (test_match_behaviour.py) and against aws-cdk-lib itself (record_cdk_oracle.py, which stores
aws-cdk-lib's results in fixtures/cdk_oracle.json). ``expected`` is ``PASS`` or the fragments that must
appear among the failure lines; the fragments come from aws-cdk-lib's ``match.test.ts``, its README and
cdk-facts §14.

This module must not import pycdk: it is also imported under the aws-cdk-lib oracle's interpreter.
"""

from __future__ import annotations

from typing import Any

PASS: list[str] = []
NO_PROPERTIES = "<resource without Properties>"

Row = tuple[str, Any, Any, list[str]]


def matcher_cases(Match: Any, Capture: Any) -> list[Row]:
    """Rows tested with ``matcher.test(actual)``."""
    return [
        # -- exact: deep equality, JavaScript types -------------------------------------------------------
        ("exact string equal", Match.exact("foo"), "foo", PASS),
        ("exact string differs", Match.exact("foo"), "bar", ["Expected foo but received bar"]),
        ("exact string vs number", Match.exact("foo"), 5, ["Expected type string but received number"]),
        ("exact number differs", Match.exact(3), 5, ["Expected 3 but received 5"]),
        ("exact number vs string", Match.exact(3), "foo", ["Expected type number but received string"]),
        ("exact int equals float", Match.exact(1), 1.0, PASS),
        ("exact number vs bool", Match.exact(1), True, ["Expected type number but received boolean"]),
        ("exact bool differs", Match.exact(True), False, ["Expected true but received false"]),
        ("exact bool vs string", Match.exact(True), "foo", ["Expected type boolean but received string"]),
        (
            "exact list too long",
            Match.exact([4]),
            [4, 5],
            ["Too many elements in array (expecting 1, got 2)"],
        ),
        ("exact list vs string", Match.exact([4]), "foo", ["Expected type array but received string"]),
        (
            "exact list element path",
            Match.exact(["foo", 3]),
            ["bar", 3],
            ["Expected foo but received bar at /0"],
        ),
        (
            "exact list of objects too short",
            Match.exact([{"foo": "bar"}, {"waldo": "fred"}]),
            [{"foo": "bar"}],
            ["Not enough elements in array (expecting 2, got 1) at /1"],
        ),
        (
            "exact list of objects, each mismatch with its path",
            Match.exact([{"foo": "bar", "baz": "qux"}, {"waldo": "fred", "wobble": "flob"}]),
            [{"foo": "bar", "baz": "qux"}, {"waldo": "flob", "wobble": "fred"}],
            ["Expected fred but received flob at /1/waldo", "Expected flob but received fred at /1/wobble"],
        ),
        (
            "exact list of objects, missing key",
            Match.exact([{"foo": "bar"}, {"waldo": "fred", "wobble": "flob"}]),
            [{"foo": "bar"}, {"waldo": "fred"}],
            ["Missing key 'wobble' at /1/wobble"],
        ),
        (
            "exact object: unexpected and missing keys",
            Match.exact({"foo": "bar"}),
            {"baz": "qux"},
            ["Unexpected key baz at /baz", "Missing key 'foo' at /foo"],
        ),
        (
            "exact object: wrong type",
            Match.exact({"foo": "bar", "baz": 5}),
            {"foo": "bar", "baz": "5"},
            ["Expected type number but received string at /baz"],
        ),
        (
            "exact object: swapped types",
            Match.exact({"foo": [2, 3], "bar": "baz"}),
            {"bar": [2, 3], "foo": "baz"},
            [
                "Expected type array but received string at /foo",
                "Expected type string but received array at /bar",
            ],
        ),
        (
            "exact is deep",
            Match.exact({"a": {"b": 1}}),
            {"a": {"b": 1, "c": 2}},
            ["Unexpected key c at /a/c"],
        ),
        (
            "exact object vs list",
            Match.exact({"foo": "bar"}),
            ["3", 5],
            ["Expected type object but received array"],
        ),
        # -- array_with: ordered subsequence; literal objects inside are exact ------------------------------
        ("array_with empty matches empty", Match.array_with([]), [], PASS),
        ("array_with empty matches anything", Match.array_with([]), [3], PASS),
        ("array_with subset", Match.array_with([3]), [1, 3, 5], PASS),
        ("array_with missing element", Match.array_with([3]), [5], ["Could not match arrayWith pattern 0"]),
        ("array_with gaps allowed", Match.array_with([5, False]), [5, "foo", False], PASS),
        (
            "array_with second not found",
            Match.array_with([5, False]),
            [5, "foo"],
            ["Could not match arrayWith pattern 1"],
        ),
        (
            "array_with out of order",
            Match.array_with([3, 5]),
            [5, 3],
            ["Could not match arrayWith pattern 1"],
        ),
        (
            "array_with literal object",
            Match.array_with([{"foo": "bar"}]),
            [{"fred": "waldo"}, {"foo": "bar"}, {"baz": "qux"}],
            PASS,
        ),
        (
            "array_with literal object is exact",
            Match.array_with([{"foo": "bar"}]),
            [{"foo": "bar", "extra": 1}],
            ["Could not match arrayWith pattern 0", "Unexpected key extra at /0/extra"],
        ),
        (
            "array_with object_like element",
            Match.array_with([Match.object_like({"foo": "bar"})]),
            [{"baz": "qux"}, {"foo": "bar", "fred": "waldo"}],
            PASS,
        ),
        ("array_with vs number", Match.array_with([3]), 3, ["Expected type array but received number"]),
        (
            "array_with vs object",
            Match.array_with([3]),
            {"val": 3},
            ["Expected type array but received object"],
        ),
        # -- array_equals ---------------------------------------------------------------------------------
        ("array_equals equal", Match.array_equals([5, False]), [5, False], PASS),
        (
            "array_equals longer",
            Match.array_equals([5, False]),
            [5, "foo", False],
            ["Too many elements in array"],
        ),
        (
            "array_equals element type",
            Match.array_equals([5, False]),
            [5, "foo"],
            ["Expected type boolean but received string at /1"],
        ),
        # -- object_like: deep partial ----------------------------------------------------------------------
        ("object_like extra keys", Match.object_like({"foo": "bar"}), {"foo": "bar", "baz": "qux"}, PASS),
        (
            "object_like value differs",
            Match.object_like({"foo": "bar"}),
            {"foo": "baz"},
            ["Expected bar but received baz at /foo"],
        ),
        (
            "object_like value type",
            Match.object_like({"foo": "bar"}),
            {"foo": ["bar"]},
            ["Expected type string but received array at /foo"],
        ),
        (
            "object_like missing key",
            Match.object_like({"foo": "bar"}),
            {"bar": "foo"},
            ["Missing key 'foo' at /foo"],
        ),
        (
            "object_like vs list",
            Match.object_like({"foo": "bar"}),
            ["foo", "bar"],
            ["Expected type object but received array"],
        ),
        (
            "object_like nested vs string",
            Match.object_like({"foo": Match.object_like({"baz": "qux"})}),
            {"foo": "baz"},
            ["Expected type object but received string at /foo"],
        ),
        (
            "object_like is deep",
            Match.object_like({"baz": {"fred": "waldo"}}),
            {"foo": "bar", "baz": {"fred": "waldo", "wobble": "flob"}},
            PASS,
        ),
        (
            "object_like stays partial through lists",
            Match.object_like({"foo": [{"bar": "bar"}]}),
            {"boo": "boo", "foo": [{"bar": "bar", "boo": "boo"}]},
            PASS,
        ),
        (
            "object_like lists keep their length",
            Match.object_like({"foo": [{"bar": "bar"}]}),
            {"foo": [{"bar": "bar"}, {"bar": "bar"}]},
            ["Too many elements in array (expecting 1, got 2) at /foo/1"],
        ),
        (
            "object_like array_with inside",
            Match.object_like({"foo": Match.array_with(["bar"])}),
            {"foo": ["bar", "baz"], "fred": "waldo"},
            PASS,
        ),
        # -- absent ---------------------------------------------------------------------------------------
        ("absent key missing", Match.object_like({"foo": Match.absent()}), {"bar": "baz"}, PASS),
        (
            "absent key present",
            Match.object_like({"foo": Match.absent()}),
            {"foo": "baz"},
            ["Received baz, but key should be absent at /foo"],
        ),
        (
            "absent: None counts as missing, as under jsii",
            Match.object_like({"foo": Match.absent()}),
            {"foo": None},
            PASS,
        ),
        ("absent at top", Match.absent(), "foo", ["Received foo, but key should be absent"]),
        # -- object_equals --------------------------------------------------------------------------------
        ("object_equals equal", Match.object_equals({"foo": "bar"}), {"foo": "bar"}, PASS),
        (
            "object_equals extra key",
            Match.object_equals({"foo": "bar"}),
            {"foo": "bar", "baz": "qux"},
            ["Unexpected key baz at /baz"],
        ),
        (
            "object_equals nested literal is exact",
            Match.object_equals({"foo": {"a": 1}}),
            {"foo": {"a": 1, "b": 2}},
            ["Unexpected key b at /foo/b"],
        ),
        (
            "object_equals nested object_like stays partial",
            Match.object_equals({"foo": Match.object_like({"a": 1})}),
            {"foo": {"a": 1, "b": 2}},
            PASS,
        ),
        # -- not_: literals compared exactly --------------------------------------------------------------
        ("not literal other string", Match.not_("foo"), "bar", PASS),
        ("not literal other type", Match.not_("foo"), 3, PASS),
        ("not literal equal", Match.not_("foo"), "foo", ['Found unexpected match: "foo"']),
        ("not object differs", Match.not_({"foo": "bar"}), {"foo": "baz"}, PASS),
        ("not object is exact", Match.not_({"foo": "bar"}), {"foo": "bar", "extra": 1}, PASS),
        (
            "not object equal",
            Match.not_({"foo": "bar"}),
            {"foo": "bar"},
            ['Found unexpected match: {\n  "foo": "bar"\n}'],
        ),
        ("not list differs", Match.not_(["foo", "bar"]), ["foo", 3], PASS),
        (
            "not nested in exact",
            Match.exact({"foo": {"bar": Match.not_([1, 2])}}),
            {"foo": {"bar": [1, 2]}},
            ["Found unexpected match: [\n  1,\n  2\n] at /foo/bar"],
        ),
        (
            "not with nested matcher",
            Match.not_({"foo": {"bar": Match.array_with([1])}}),
            {"foo": {"bar": [2]}},
            PASS,
        ),
        # -- any_value ------------------------------------------------------------------------------------
        ("any_value string", Match.any_value(), "foo", PASS),
        ("any_value false", Match.any_value(), False, PASS),
        ("any_value empty list", Match.any_value(), [], PASS),
        ("any_value null", Match.any_value(), None, ["Expected a value but found none"]),
        (
            "any_value in array_equals",
            Match.array_equals(["foo", Match.any_value(), "bar"]),
            ["foo", None, "bar"],
            ["Expected a value but found none at /1"],
        ),
        (
            "any_value missing key",
            Match.object_like({"foo": Match.any_value()}),
            {},
            ["Missing key 'foo' at /foo"],
        ),
        # -- serialized_json: parsed, then literals matched exactly ---------------------------------------
        (
            "serialized_json all types",
            Match.serialized_json({"Foo": "Bar", "Baz": 3, "Boo": True, "Fred": [1, 2]}),
            '{ "Foo": "Bar", "Baz": 3, "Boo": true, "Fred": [1, 2] }',
            PASS,
        ),
        (
            "serialized_json value differs",
            Match.serialized_json({"Foo": "Bar"}),
            '{ "Foo": "Baz" }',
            ["Encoded JSON value does not match", "Expected Bar but received Baz at /Foo"],
        ),
        (
            "serialized_json literal is exact",
            Match.serialized_json({"Foo": "Bar"}),
            '{ "Foo": "Bar", "Bar": "Baz" }',
            ["Unexpected key Bar at /Bar"],
        ),
        (
            "serialized_json with object_like",
            Match.serialized_json(Match.object_like({"Foo": Match.array_with(["Bar"])})),
            '{ "Foo": ["Bar", "Baz"], "Fred": "Waldo" }',
            PASS,
        ),
        (
            "serialized_json invalid",
            Match.serialized_json({"Foo": "Bar"}),
            '{ "Foo"',
            ['Invalid JSON string: { "Foo"'],
        ),
        (
            "serialized_json not a string",
            Match.serialized_json({"Foo": "Bar"}),
            5,
            ["Expected JSON as a string but found number"],
        ),
        # -- string_like_regexp: unanchored, multi-line search --------------------------------------------
        (
            "regexp no match",
            Match.string_like_regexp(".*includeHeaders = true.*"),
            "const includeHeaders = false;",
            ["String 'const includeHeaders = false;' did not match pattern '.*includeHeaders = true.*'"],
        ),
        (
            "regexp unanchored",
            Match.string_like_regexp("includeHeaders = (true|false)"),
            "const includeHeaders = true;",
            PASS,
        ),
        (
            "regexp anchored fails",
            Match.string_like_regexp("^foo"),
            "my-bucket",
            ["String 'my-bucket' did not match pattern '^foo'"],
        ),
        ("regexp multi-line anchor", Match.string_like_regexp("^b"), "a\nb", PASS),
        ("regexp non-string", Match.string_like_regexp("5"), 5, ["Expected a string, but got 'number'"]),
        # -- Capture as a matcher -------------------------------------------------------------------------
        (
            "capture refuses a missing value",
            Capture(),
            None,
            ["Can only capture non-nullish values. Found undefined"],
        ),
        ("capture with nested pattern", Capture(Match.array_with(["Cat"])), ["Flob", "Cat"], PASS),
        (
            "capture nested pattern fails",
            Capture(Match.array_with(["Dog"])),
            ["Flob", "Cat"],
            ["Could not match arrayWith pattern 0"],
        ),
    ]


def properties_cases(Match: Any, Capture: Any) -> list[Row]:
    """Rows tested with ``has_resource_properties("Foo::Bar", pattern)`` on one resource with these Properties."""
    return [
        ("empty pattern matches a resource without Properties", {}, NO_PROPERTIES, PASS),
        ("absent matches a resource without Properties", Match.absent(), NO_PROPERTIES, PASS),
        (
            "absent fails on a resource with Properties",
            Match.absent(),
            {"baz": "qux"},
            ["key should be absent"],
        ),
        (
            "absent key plus a required key",
            {"bar": Match.absent(), "baz": "qux"},
            NO_PROPERTIES,
            ["Missing key 'baz'"],
        ),
        ("not_ matches a resource without Properties", Match.not_({"baz": "qux"}), NO_PROPERTIES, PASS),
        ("not_ with different value", Match.not_({"baz": "boo"}), {"baz": "qux"}, PASS),
        (
            "top-level dict is deep object-like",
            {"Fred": {"Wobble": "Flob"}},
            {"Fred": {"Wobble": "Flob", "Bob": "Cat"}},
            PASS,
        ),
        (
            "any_value in a literal list",
            {"Fred": {"Wobble": [Match.any_value(), Match.any_value()]}},
            {"Fred": {"Wobble": ["Flob", "Flib"]}},
            PASS,
        ),
        (
            "any_value on a missing key",
            {"Fred": {"Wimble": Match.any_value()}},
            {"Fred": {"Wobble": ["Flob", "Flib"]}},
            ["Missing key 'Wimble'"],
        ),
        ("array_with on a property", {"Fred": Match.array_with(["Flob"])}, {"Fred": ["Flob", "Cat"]}, PASS),
        (
            "array_with not found",
            {"Fred": Match.array_with(["Wobble"])},
            {"Fred": ["Flob", "Cat"]},
            ["Could not match arrayWith pattern 0"],
        ),
        ("not_ on a list", {"Fred": Match.not_(["Flob"])}, {"Fred": ["Flob", "Cat"]}, PASS),
        (
            "not_ on an equal list",
            {"Fred": Match.not_(["Flob", "Cat"])},
            {"Fred": ["Flob", "Cat"]},
            ["Found unexpected match"],
        ),
        (
            "serialized_json on a property",
            {"Baz": Match.serialized_json({"Fred": Match.array_with(["Waldo"])})},
            {"Baz": '{ "Fred": ["Waldo", "Willow"] }'},
            PASS,
        ),
        (
            "serialized_json on a property fails",
            {"Baz": Match.serialized_json({"Fred": ["Waldo", "Johnny"]})},
            {"Baz": '{ "Fred": ["Waldo", "Willow"] }'},
            ["Encoded JSON value does not match", "Expected Johnny but received Willow"],
        ),
        (
            "literal list must have the same length",
            {"Qux": ["Waldo", "Fred"]},
            {"Qux": ["Waldo", "Fred", "Extra"]},
            ["Too many elements in array (expecting 2, got 3)"],
        ),
        (
            "objects inside a literal list stay object-like",
            {"Tags": [{"Key": "a"}]},
            {"Tags": [{"Key": "a", "Value": "b"}]},
            PASS,
        ),
        (
            "regexp on a property",
            {"Template": Match.string_like_regexp("includeHeaders = (true|false)")},
            {"Template": "const includeHeaders = true;"},
            PASS,
        ),
    ]


BUCKET: dict[str, Any] = {
    "Resources": {
        "Bucket83908E77": {
            "Type": "AWS::S3::Bucket",
            "Properties": {"BucketName": "my-bucket", "VersioningConfiguration": {"Status": "Enabled"}},
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain",
        },
        "Other": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "other-bucket"}},
        "Queue": {"Type": "AWS::SQS::Queue"},
    },
    "Outputs": {"Out": {"Value": "my-bucket", "Export": {"Name": "ExportBar"}}},
    "Parameters": {
        "p1": {"Type": "String", "Description": "string parameter"},
        "p2": {"Type": "Number", "Description": "number parameter"},
    },
    "Mappings": {"Fred": {"Foo": {"Baz": "Baz"}}},
    "Conditions": {"Foo": {"Fn::Equals": ["Baz", "Bar"]}},
}

CYCLE: dict[str, Any] = {
    "Resources": {
        "Res1": {"Type": "Foo", "Properties": {"Thing": {"Fn::Sub": "arn:${Res2.Arn}/${!Literal}"}}},
        "Res2": {"Type": "Foo", "Properties": {"X": {"Fn::GetAtt": ["Res3", "Id"]}}},
        "Res3": {"Type": "Foo", "DependsOn": "Res2"},
    }
}

NULL_PROPERTY = '{"Resources": {"R": {"Type": "T", "Properties": {"A": null, "B": [1, null]}}}}'


def message_cases(Template: Any, Match: Any, Capture: Any) -> list[tuple[str, Any]]:
    """(id, action) pairs; each action runs assertions on a template, most of them failing."""
    bucket = Template.from_json(BUCKET)
    nulls = Template.from_string(NULL_PROPERTY)
    return [
        (
            "has_resource_properties mismatch",
            lambda: bucket.has_resource_properties(
                "AWS::S3::Bucket", {"BucketName": "x", "Tags": Match.any_value()}
            ),
        ),
        (
            "has_resource mismatch",
            lambda: bucket.has_resource("AWS::S3::Bucket", {"DeletionPolicy": "Delete"}),
        ),
        ("no resource of the type", lambda: bucket.has_resource_properties("AWS::SNS::Topic", {})),
        ("resource_count_is", lambda: bucket.resource_count_is("AWS::S3::Bucket", 3)),
        (
            "resource_properties_count_is",
            lambda: bucket.resource_properties_count_is(
                "AWS::S3::Bucket", {"BucketName": Match.any_value()}, 1
            ),
        ),
        (
            "all_resources_properties none match",
            lambda: bucket.all_resources_properties("AWS::S3::Bucket", {"BucketName": "x"}),
        ),
        (
            "all_resources some match",
            lambda: bucket.all_resources("AWS::S3::Bucket", {"DeletionPolicy": "Retain"}),
        ),
        ("has_output mismatch", lambda: bucket.has_output("Out", {"Export": {"Name": "ExportBaz"}})),
        ("has_output missing", lambda: bucket.has_output("Nope", {})),
        ("has_parameter mismatch", lambda: bucket.has_parameter("*", {"Type": "CommaDelimitedList"})),
        ("has_mapping mismatch", lambda: bucket.has_mapping("Fred", {"Foo": {"Baz": "Fred"}})),
        ("has_condition mismatch", lambda: bucket.has_condition("Foo", {"Fn::Equals": ["Bar", "Baz"]})),
        (
            "template_matches object_like",
            lambda: bucket.template_matches({"Resources": {"X": {"Type": "T"}}}),
        ),
        (
            "template_matches object_equals",
            lambda: bucket.template_matches(Match.object_equals({"Resources": Match.any_value()})),
        ),
        ("get_resource_id two matches", lambda: bucket.get_resource_id("AWS::S3::Bucket")),
        (
            "get_resource_id no match",
            lambda: bucket.get_resource_id("AWS::S3::Bucket", {"Properties": {"BucketName": "z"}}),
        ),
        ("cycle", lambda: Template.from_json(CYCLE)),
        (
            "null from a JSON string is a value",
            lambda: nulls.has_resource_properties("T", {"A": Match.absent()}),
        ),
        ("null list element", lambda: nulls.has_resource_properties("T", {"B": [1, 2]})),
        (
            "None in a pattern is ignored",
            lambda: bucket.has_resource_properties(
                "AWS::S3::Bucket", {"BucketName": "my-bucket", "Tags": None}
            ),
        ),
        (
            "closest three of many",
            lambda: Template.from_json(
                {"Resources": {f"R{i}": {"Type": "T", "Properties": {"A": i}} for i in range(5)}}
            ).has_resource_properties("T", {"A": 9}),
        ),
    ]


def stack_cases(core: Any, Annotations: Any, Tags: Any, Match: Any) -> list[tuple[str, Any]]:
    """(id, action) pairs on synthesized stacks; ``core`` is ``aws_cdk`` or pycdk's ``constructs``."""
    app = core.App()
    stack = core.Stack(app, "S")
    bucket = core.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
    core.Annotations.of(stack).add_warning("careful")
    core.Annotations.of(stack).add_warning("really careful")
    core.Annotations.of(bucket).add_error("we do not want a bucket")
    core.Annotations.of(bucket).add_info("fyi")
    core.Tags.of(stack).add("Team", "core")
    plain = core.Stack(app, "Plain")
    annotations = Annotations.from_stack(stack)
    return [
        ("has_warning present", lambda: annotations.has_warning("/S", "careful")),
        ("has_warning regexp", lambda: annotations.has_warning("*", Match.string_like_regexp("^really"))),
        ("has_warning mismatch", lambda: annotations.has_warning("/S", "nope")),
        ("has_error wrong path", lambda: annotations.has_error("/S/Other", Match.any_value())),
        ("has_error mismatch", lambda: annotations.has_error("/S/Bucket", "we want a bucket")),
        ("has_info present", lambda: annotations.has_info("/S/Bucket", "fyi")),
        ("has_no_info absent", lambda: annotations.has_no_info("/S", Match.any_value())),
        ("tags present", lambda: Tags.from_stack(stack).has_values({"Team": "core"})),
        ("tags mismatch", lambda: Tags.from_stack(stack).has_values({"Team": "other"})),
        ("tags has_none fails", lambda: Tags.from_stack(stack).has_none()),
        ("tags has_none", lambda: Tags.from_stack(plain).has_none()),
        ("tags absent refused", lambda: Tags.from_stack(plain).has_values(Match.absent())),
    ]
