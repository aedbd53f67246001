"""``stack.to_json_string`` / ``Fn.to_json_string`` with undefined values (``None``, tokens resolving to ``None``).

aws-cdk-lib resolves before it stringifies: undefined list elements and object values are dropped, ``JsonNull``
stays ``null``; ``Fn.to_json_string`` of a token-free value is plain ``JSON.stringify`` (``[1,null,2]``).
Every expected value below was printed by aws-cdk-lib 2.275.0 for the same call.
"""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Aws, Fn, JsonNull, Stack, Token

N = JsonNull.INSTANCE

CASES: list[tuple[str, Any, Any]] = [
    (
        "undefined tokens and None in lists and objects",
        lambda: {"A": [Token.as_string(None)], "B": [1, None, 2], "C": Token.as_string(None), "D": {"E": [None]},
                 "F": [Token.as_string(None), "x"]},
        '{"A":[],"B":[1,2],"D":{"E":[]},"F":["x"]}',
    ),
    ("a list of None", lambda: [None], "[]"),
    (
        "undefined beside an intrinsic",
        lambda: [Token.as_string(None), Aws.REGION],
        {"Fn::Join": ["", ['["', {"Ref": "AWS::Region"}, '"]']]},
    ),
    (
        "None between intrinsics",
        lambda: {"G": [Aws.REGION, None, "b"]},
        {"Fn::Join": ["", ['{"G":["', {"Ref": "AWS::Region"}, '","b"]}']]},
    ),
    ("a top-level undefined string token", lambda: Token.as_string(None), None),
    ("a top-level undefined token", lambda: Token.as_any(None), None),
    ("an undefined list token", lambda: [Token.as_list(None)], "[]"),
    ("JsonNull stays null in a list", lambda: [N, Token.as_string(N), Token.as_any(None), 3], "[null,null,3]"),
    (
        "JsonNull stays null in an object",
        lambda: {"a": N, "b": Token.as_string(N), "c": Token.as_any(None), "d": [Token.as_number(None)]},
        '{"a":null,"b":null,"d":[]}',
    ),
    ("a top-level JsonNull", lambda: N, "null"),
]


@pytest.mark.parametrize(("make", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_stack_to_json_string_drops_undefined(make: Any, expected: Any) -> None:
    stack = Stack(App(), "S")
    assert stack.resolve(stack.to_json_string(make())) == expected


def test_indented_json_drops_undefined() -> None:
    stack = Stack(App(), "S")
    assert stack.resolve(stack.to_json_string([1, None, 2], 2)) == "[\n  1,\n  2\n]"
    value = {"a": [None, Aws.REGION, None], "b": {"c": Token.as_string(None)}, "d": 1}
    assert stack.resolve(stack.to_json_string(value, 2)) == {
        "Fn::Join": ["", ['{\n  "a": [\n    "', {"Ref": "AWS::Region"}, '"\n  ],\n  "b": {},\n  "d": 1\n}']]
    }


def test_fn_to_json_string_without_tokens_is_plain_json_stringify() -> None:
    stack = Stack(App(), "S")
    assert stack.resolve(Fn.to_json_string([1, None, 2])) == "[1,null,2]"
    assert stack.resolve(Fn.to_json_string({"a": [None], "b": None})) == '{"a":[null]}'
