"""hypothesis properties of token strings, Fn.join and logical ids, checked against aws-cdk-lib's rules (§1, §3)."""

from __future__ import annotations

import hashlib
import re
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from constructs import App, CfnParameter, CfnResource, Construct, Fn, Names, Stack

# Literal text that can never be mistaken for a token marker.
SAFE_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " -_:/.,|", max_size=6)
RESOURCE_COUNT = 4
LOGICAL_ID_RE = re.compile(r"^[A-Za-z0-9]{1,255}$")

SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _stack_with_resources() -> tuple[Stack, list[CfnResource]]:
    stack = Stack(App(), "S")
    return stack, [CfnResource(stack, f"R{i}", type="AWS::SNS::Topic") for i in range(RESOURCE_COUNT)]


# A part is ("lit", text), ("tok", resource index) for a string token, or ("num", 0) for a number token.
PARTS = st.lists(
    st.one_of(
        st.tuples(st.just("lit"), SAFE_TEXT),
        st.tuples(st.just("tok"), st.integers(min_value=0, max_value=RESOURCE_COUNT - 1)),
    ),
    max_size=8,
)
STRING_PARTS = st.lists(
    st.one_of(
        st.tuples(st.just("lit"), SAFE_TEXT),
        st.tuples(st.just("tok"), st.integers(min_value=0, max_value=RESOURCE_COUNT - 1)),
        st.tuples(st.just("num"), st.just(0)),
    ),
    max_size=8,
)


def _intrinsic(kind: str, value: Any) -> dict[str, str]:
    return {"Ref": "Num"} if kind == "num" else {"Ref": f"R{value}"}


def _expected_concatenation(parts: list[tuple[str, Any]]) -> Any:
    """CDK's rules for a string with embedded tokens: merge literals, drop empty ones, unwrap a single part."""
    merged: list[Any] = []
    for kind, value in parts:
        if kind == "lit":
            if not value:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += value
            else:
                merged.append(value)
        else:
            merged.append(_intrinsic(kind, value))
    if not merged:
        return ""
    if len(merged) == 1:
        return merged[0]
    return {"Fn::Join": ["", merged]}


@SETTINGS
@given(STRING_PARTS)
def test_strings_with_tokens_resolve_as_cdk_concatenates_them(parts: list[tuple[str, Any]]) -> None:
    stack, resources = _stack_with_resources()
    number = CfnParameter(stack, "Num", type="Number").value_as_number
    text = "".join(
        value if kind == "lit" else f"{number}" if kind == "num" else resources[value].ref for kind, value in parts
    )
    resolved = stack.resolve(text)
    assert resolved == _expected_concatenation(parts)
    if isinstance(resolved, dict) and "Fn::Join" in resolved:
        items = resolved["Fn::Join"][1]
        assert len(items) >= 2
        assert "" not in items
        assert not any(isinstance(a, str) and isinstance(b, str) for a, b in zip(items, items[1:], strict=False))


def _expected_join(delimiter: str, parts: list[tuple[str, Any]]) -> Any:
    """CDK's minimalCloudFormationJoin: adjacent literals merge around the delimiter; one element is unwrapped."""
    merged: list[Any] = []
    for kind, value in parts:
        if kind == "lit" and merged and isinstance(merged[-1], str):
            merged[-1] = f"{merged[-1]}{delimiter}{value}"
        elif kind == "lit":
            merged.append(value)
        else:
            merged.append({"Ref": f"R{value}"})
    if len(merged) == 1:
        return merged[0]
    return {"Fn::Join": [delimiter, merged]}


@SETTINGS
@given(st.text(alphabet=",|-: ;", max_size=3), PARTS.filter(lambda p: len(p) > 0))
def test_fn_join_resolves_as_cdk_minimises_it(delimiter: str, parts: list[tuple[str, Any]]) -> None:
    stack, resources = _stack_with_resources()
    values = [value if kind == "lit" else resources[value].ref for kind, value in parts]
    resolved = stack.resolve(Fn.join(delimiter, values))
    assert resolved == _expected_join(delimiter, parts)


@SETTINGS
@given(st.text(alphabet=",|-", max_size=2), PARTS.filter(lambda p: len(p) > 0), SAFE_TEXT, SAFE_TEXT)
def test_nested_join_with_the_same_delimiter_is_spliced(
    delimiter: str, parts: list[tuple[str, Any]], before: str, after: str
) -> None:
    stack, resources = _stack_with_resources()
    values = [value if kind == "lit" else resources[value].ref for kind, value in parts]
    nested = Fn.join(delimiter, [before, Fn.join(delimiter, values), after])
    flat = [("lit", before), *parts, ("lit", after)]
    assert stack.resolve(nested) == _expected_join(delimiter, flat)


# -- logical ids ------------------------------------------------------------------------------------------

COMPONENT = st.text(
    alphabet=string.ascii_letters + string.digits + "-_. {}+",
    min_size=1,
    max_size=40,
).filter(lambda c: c != "Default" and re.search(r"[A-Za-z0-9]", c) is not None)


def _logical_id(path: list[str]) -> str:
    stack = Stack(App(), "S")
    scope: Construct = stack
    for cid in path[:-1]:
        scope = Construct(scope, cid)
    return stack.get_logical_id(CfnResource(scope, path[-1], type="AWS::SNS::Topic"))


@SETTINGS
@given(st.lists(COMPONENT, min_size=1, max_size=6))
def test_logical_ids_are_valid_stable_and_hashed_as_cdk_hashes_them(path: list[str]) -> None:
    logical_id = _logical_id(path)
    assert LOGICAL_ID_RE.match(logical_id)
    assert logical_id == _logical_id(path)
    stripped_single = re.sub(r"[^A-Za-z0-9]", "", path[0])
    if len(path) == 1 and len(stripped_single) <= 255:
        assert logical_id == stripped_single
    else:
        expected_hash = hashlib.md5("/".join(path).encode()).hexdigest()[:8].upper()
        assert logical_id.endswith(expected_hash)
        assert len(logical_id) <= 248


@SETTINGS
@given(st.lists(COMPONENT, min_size=1, max_size=4))
def test_names_unique_id_includes_the_stack_and_matches_the_charset(path: list[str]) -> None:
    scope: Construct = Stack(App(), "S")
    for cid in path:
        scope = Construct(scope, cid)
    uid = Names.unique_id(scope)
    assert LOGICAL_ID_RE.match(uid)
    assert uid.startswith("S")
    assert uid.endswith(hashlib.md5("/".join(["S", *path]).encode()).hexdigest()[:8].upper())
