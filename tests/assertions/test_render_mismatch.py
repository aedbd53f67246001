"""``MatchResult.render_mismatch`` lays failures out exactly as aws-cdk-lib does.

Each expected text is aws-cdk-lib's own output for the same matcher and target, from
``assertions/test/__snapshots__/render.test.js.snap``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from assertions import Match, Matcher

BIG_LIST = {"List": [{"Value": str(i), "MakeItBig": True} for i in range(1, 5)]}

CASES: list[tuple[str, Matcher, Any, str]] = [
    (
        "object_like with mismatched string value",
        Match.object_like({"Value": "Value"}),
        {"Value": "Balue", "Other": "Other"},
        '{\n  "Other": "Other",\n!! Expected Value but received Balue\n  "Value": "Balue"\n}',
    ),
    (
        "deep object_like with mismatched string value",
        Match.object_like({"Deep": {"Value": "Value"}}),
        {"Deep": {"Value": "Balue", "Other": "Other"}},
        '{\n  "Deep": {\n    "Other": "Other",\n!!   Expected Value but received Balue\n    "Value": "Balue"\n  }\n}',
    ),
    (
        "object_equals with unexpected key",
        Match.object_equals({"Value": "Value"}),
        {"Value": "Value", "Other": "Other"},
        '{\n!! Unexpected key Other\n  "Other": "Other",\n  "Value": "Value"\n}',
    ),
    (
        "object_equals with missing key",
        Match.object_equals({"Value": "Value"}),
        {},
        "{\n!! Missing key 'Value'\n  \"Value\": undefined\n}",
    ),
    (
        "looking for absent key",
        Match.object_equals({"Value": Match.absent()}),
        {"Value": "Value"},
        '{\n!! Received Value, but key should be absent\n  "Value": "Value"\n}',
    ),
    (
        "abridged rendering of uninteresting keys (showing Other)",
        Match.object_like({"Value": "Balue"}),
        {"Other": {"OneKey": "Visible"}, "Value": "Value"},
        '{\n  "Other": { "OneKey": "Visible" },\n!! Expected Balue but received Value\n  "Value": "Value"\n}',
    ),
    (
        "abridged rendering of uninteresting keys (hiding Other)",
        Match.object_like({"Value": "Balue"}),
        {"Other": {"OneKey": "Visible", "TooMany": "Keys"}, "Value": "Value"},
        '{\n  "Other": { ... },\n!! Expected Balue but received Value\n  "Value": "Value"\n}',
    ),
    (
        "serialized_json shows the string and the parsed value",
        Match.object_like({"Json": Match.serialized_json({"Value": "Balue"})}),
        {"Json": json.dumps({"Value": "Value"}, separators=(",", ":"))},
        '{\n!! Encoded JSON value does not match\n  "Json": "{\\"Value\\":\\"Value\\"}" <*> {\n'
        '!!   Expected Balue but received Value\n    "Value": "Value"\n  }\n}',
    ),
    (
        "array_with shows the closest element",
        Match.object_like({"List": Match.array_with([Match.object_like({"Value": "5"})])}),
        BIG_LIST,
        '{\n  "List": [\n!!   Could not match arrayWith pattern 0. This is the closest match\n    {\n'
        '      "MakeItBig": true,\n!!     Expected 5 but received 1\n      "Value": "1"\n    },\n'
        "    { ... },\n    { ... },\n    { ... }\n  ]\n}",
    ),
    (
        "array_with partial match shows where earlier patterns matched",
        Match.object_like(
            {"List": Match.array_with([Match.object_like({"Value": "2"}), Match.object_like({"Value": "5"})])}
        ),
        BIG_LIST,
        '{\n  "List": [\n    { ... },\n!!   arrayWith pattern 0 matched here\n    {\n      "MakeItBig": true,\n'
        '      "Value": "2"\n    },\n!!   Could not match arrayWith pattern 1. This is the closest match\n    {\n'
        '      "MakeItBig": true,\n!!     Expected 5 but received 3\n      "Value": "3"\n    },\n    { ... }\n  ]\n}',
    ),
    (
        "array_with out of order",
        Match.array_with([3, 5]),
        [5, 3],
        "[\n  5,\n!! arrayWith pattern 0 matched here\n  3\n"
        "!! Could not match arrayWith pattern 1. No more elements to try\n  \n]",
    ),
]


@pytest.mark.parametrize(("matcher", "target", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_render_mismatch_matches_cdk(matcher: Matcher, target: Any, expected: str) -> None:
    assert matcher.test(target).render_mismatch() == expected


def test_render_of_a_success() -> None:
    assert Match.exact(1).test(1).render_mismatch() == "<match>"


def test_small_lists_are_inlined_and_long_ones_collapsed() -> None:
    rendered = (
        Match.object_like({"X": 1})
        .test({"A": ["a", "b"], "B": [1, 2, 3], "C": [{"k": 1}], "X": 2})
        .render_mismatch()
    )
    assert rendered == (
        '{\n  "A": [ "a", "b" ],\n  "B": [ ... ],\n  "C": [ { "k": 1 } ],\n!! Expected 1 but received 2\n  "X": 2\n}'
    )
