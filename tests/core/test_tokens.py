"""Tokens (cdk-facts §3): encodings, conversions, string concatenation, Lazy values and resolution rules."""

from __future__ import annotations

import re
from typing import Any

import pytest
from _core_support import resources_of

from constructs import (
    Aws,
    CfnParameter,
    CfnResource,
    Fn,
    Intrinsic,
    Lazy,
    Stack,
    Token,
    TokenComparison,
    Tokenization,
)

STRING_TOKEN = re.compile(r"^\$\{Token\[[a-zA-Z0-9:._-]+\.\d+\]\}$")
LIST_TOKEN = re.compile(r"^#\{Token\[[a-zA-Z0-9:._-]+\.\d+\]\}$")
NUMBER_TOKEN_TEXT = re.compile(r"^-1\.\d{10,16}e\+289$")


@pytest.fixture
def bucket(stack: Stack) -> CfnResource:
    return CfnResource(stack, "Bucket", type="AWS::S3::Bucket")


@pytest.fixture
def topic(stack: Stack) -> CfnResource:
    return CfnResource(stack, "Topic", type="AWS::SNS::Topic")


# -- recognising tokens -------------------------------------------------------------------------------------


def test_is_unresolved_recognises_the_three_encodings_and_resolvables(stack: Stack, bucket: CfnResource) -> None:
    param = CfnParameter(stack, "P", type="Number")
    assert Token.is_unresolved(bucket.ref)
    assert Token.is_unresolved(f"prefix-{bucket.ref}-suffix")
    assert Token.is_unresolved(Token.as_list(bucket.get_att("Ips")))
    assert Token.is_unresolved(param.value_as_number)
    assert Token.is_unresolved(f"n={param.value_as_number}")
    assert Token.is_unresolved(Intrinsic({"Ref": "X"}))
    assert Token.is_unresolved(bucket.get_att("Arn"))


@pytest.mark.parametrize("value", ["plain", "${Token", ["a"], ["a", "b"], 1.5, 3, {}, None, True])
def test_is_unresolved_is_false_for_plain_values(value: Any) -> None:
    assert not Token.is_unresolved(value)


def test_string_and_list_tokens_are_encoded_as_cdk_encodes_them(bucket: CfnResource) -> None:
    assert STRING_TOKEN.match(bucket.ref)
    list_token = Token.as_list(bucket.get_att("Ips"))
    assert len(list_token) == 1
    assert LIST_TOKEN.match(list_token[0])


def test_number_tokens_print_as_marker_doubles(stack: Stack) -> None:
    number = CfnParameter(stack, "N", type="Number").value_as_number
    assert isinstance(number, float)
    assert NUMBER_TOKEN_TEXT.match(repr(number))


@pytest.mark.parametrize(
    ("token", "hint"),
    [
        (Aws.ACCOUNT_ID, "AWS.AccountId"),
        (Aws.REGION, "AWS.Region"),
        (Aws.PARTITION, "AWS.Partition"),
        (Aws.URL_SUFFIX, "AWS.URLSuffix"),
        (Aws.STACK_NAME, "AWS.StackName"),
        (Aws.STACK_ID, "AWS.StackId"),
        (Aws.NO_VALUE, "AWS.NoValue"),
    ],
)
def test_pseudo_parameter_tokens_carry_cdk_display_hints(token: str, hint: str) -> None:
    assert re.match(r"^\$\{Token\[" + re.escape(hint) + r"\.\d+\]\}$", token)


def test_notification_arns_is_a_list_token(stack: Stack) -> None:
    arns = Aws.NOTIFICATION_ARNS
    assert len(arns) == 1
    assert LIST_TOKEN.match(arns[0])
    assert stack.resolve(arns) == {"Ref": "AWS::NotificationARNs"}


def test_display_hint_characters_outside_the_charset_become_dots(stack: Stack) -> None:
    token = Token.as_string(Intrinsic("v"), display_hint="my hint/with*chars")
    assert re.match(r"^\$\{Token\[my\.hint\.with\.chars\.\d+\]\}$", token)
    assert stack.resolve(token) == "v"


# -- conversions ------------------------------------------------------------------------------------------


def test_as_number_and_as_list_of_a_string_token_resolve_to_the_same_ref(stack: Stack) -> None:
    p = CfnParameter(stack, "P")
    assert stack.resolve(Token.as_number(p.value_as_string)) == {"Ref": "P"}
    assert stack.resolve(Token.as_list(p.value_as_string)) == {"Ref": "P"}
    assert stack.resolve(p.value_as_string) == {"Ref": "P"}


def test_as_string_of_a_resolvable_and_of_a_number_token(stack: Stack) -> None:
    p = CfnParameter(stack, "Num", type="Number")
    as_str = Token.as_string(p.value_as_number)
    assert STRING_TOKEN.match(as_str)
    assert stack.resolve(as_str) == {"Ref": "Num"}
    assert stack.resolve(Token.as_string(Intrinsic({"Ref": "X"}))) == {"Ref": "X"}


def test_as_conversions_leave_plain_values_alone() -> None:
    assert Token.as_string("text") == "text"
    assert Token.as_number(42) == 42
    assert Token.as_list(["a", "b"]) == ["a", "b"]


def test_as_any_wraps_plain_values_in_a_resolvable(stack: Stack) -> None:
    wrapped = Token.as_any({"k": [1, 2]})
    assert Tokenization.is_resolvable(wrapped)
    assert stack.resolve(wrapped) == {"k": [1, 2]}


def test_stringify_number(stack: Stack) -> None:
    p = CfnParameter(stack, "Num", type="Number")
    text = Tokenization.stringify_number(p.value_as_number)
    assert STRING_TOKEN.match(text)
    assert stack.resolve(text) == {"Ref": "Num"}
    assert Tokenization.stringify_number(5) == "5"


def test_compare_strings() -> None:
    tok = Intrinsic("x").to_string()
    assert Token.compare_strings("a", "a") == TokenComparison.SAME
    assert Token.compare_strings("a", "b") == TokenComparison.DIFFERENT
    assert Token.compare_strings("a", tok) == TokenComparison.ONE_UNRESOLVED
    assert Token.compare_strings(tok, Intrinsic("y").to_string()) == TokenComparison.BOTH_UNRESOLVED


# -- strings with tokens ----------------------------------------------------------------------------------


def test_fstring_with_two_tokens_becomes_a_join(stack: Stack, bucket: CfnResource, topic: CfnResource) -> None:
    value = f"arn:{bucket.ref}/prefix-{topic.get_att('TopicName')}-suffix"
    assert stack.resolve(value) == {
        "Fn::Join": ["", ["arn:", {"Ref": "Bucket"}, "/prefix-", {"Fn::GetAtt": ["Topic", "TopicName"]}, "-suffix"]]
    }


def test_fstring_with_only_a_token_is_the_intrinsic(stack: Stack, bucket: CfnResource) -> None:
    assert stack.resolve(f"{bucket.ref}") == {"Ref": "Bucket"}


def test_fstring_with_a_token_resolving_to_a_literal_is_a_plain_string(stack: Stack) -> None:
    lazy = Lazy.string(lambda: "middle")
    assert stack.resolve(f"a-{lazy}-b") == "a-middle-b"


def test_join_merges_adjacent_literals_with_the_delimiter(stack: Stack, bucket: CfnResource) -> None:
    assert stack.resolve(Fn.join(",", ["a", bucket.ref, "b", "c"])) == {
        "Fn::Join": [",", ["a", {"Ref": "Bucket"}, "b,c"]]
    }


def test_join_splices_a_nested_join_with_the_same_delimiter(stack: Stack, bucket: CfnResource) -> None:
    assert stack.resolve(Fn.join("", ["a", Fn.join("", ["b", bucket.ref]), "c"])) == {
        "Fn::Join": ["", ["ab", {"Ref": "Bucket"}, "c"]]
    }


def test_number_token_inside_a_string(stack: Stack) -> None:
    p = CfnParameter(stack, "Num", type="Number")
    assert stack.resolve(f"n-{p.value_as_number}") == {"Fn::Join": ["", ["n-", {"Ref": "Num"}]]}


def test_fails_join_of_an_empty_list() -> None:
    with pytest.raises(RuntimeError, match="FnJoin requires at least one value to be provided"):
        Fn.join(",", [])


def test_fails_list_token_element_used_as_a_string(stack: Stack, bucket: CfnResource) -> None:
    ips = Token.as_list(bucket.get_att("Ips"))
    with pytest.raises(
        RuntimeError,
        match=re.escape(
            "Found an encoded list token string in a scalar string context. Use 'Fn.select(0, list)' (not 'list[0]')"
        ),
    ):
        stack.resolve({"First": f"x-{ips[0]}"})


# -- Lazy -------------------------------------------------------------------------------------------------


class _Counting:
    """A producer object whose ``produce(context)`` counts its calls."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self.calls = 0

    def produce(self, context: Any) -> Any:
        self.calls += 1
        return self.value


def test_lazy_string_is_cached(stack: Stack) -> None:
    producer = _Counting("v")
    lazy = Lazy.string(producer)
    assert STRING_TOKEN.match(lazy)
    assert stack.resolve(lazy) == "v"
    assert stack.resolve(lazy) == "v"
    assert producer.calls == 1


def test_lazy_uncached_string_calls_the_producer_each_time(stack: Stack) -> None:
    producer = _Counting("v")
    lazy = Lazy.uncached_string(producer)
    assert stack.resolve(lazy) == "v"
    assert stack.resolve(lazy) == "v"
    assert producer.calls == 2


def test_lazy_producers_may_take_no_context(stack: Stack) -> None:
    class NoContext:
        def produce(self) -> str:
            return "no-context"

    assert stack.resolve(Lazy.string(NoContext())) == "no-context"
    assert stack.resolve(Lazy.uncached_string(NoContext())) == "no-context"


def test_lazy_producers_may_be_callables(stack: Stack) -> None:
    assert stack.resolve(Lazy.string(lambda: "s")) == "s"
    assert stack.resolve(Lazy.uncached_string(lambda: "u")) == "u"
    assert stack.resolve(Lazy.any(lambda: {"k": 1})) == {"k": 1}
    assert stack.resolve(Lazy.list(lambda: ["a", "b"])) == ["a", "b"]


def test_lazy_number_and_list_and_any(stack: Stack) -> None:
    number = Lazy.number(_Counting(7))
    assert Token.is_unresolved(number)
    assert stack.resolve(number) == 7
    lst = Lazy.uncached_list(_Counting(["x", "y"]))
    assert Token.is_unresolved(lst)
    assert stack.resolve(lst) == ["x", "y"]
    assert stack.resolve(Lazy.uncached_any(_Counting([1, None, 2]))) == [1, 2]
    assert stack.resolve(Lazy.uncached_number(_Counting(2.0))) == 2


def test_lazy_values_may_produce_tokens(stack: Stack, bucket: CfnResource) -> None:
    lazy = Lazy.string(lambda: f"{bucket.ref}-x")
    assert stack.resolve(lazy) == {"Fn::Join": ["", [{"Ref": "Bucket"}, "-x"]]}


def test_lazy_list_omit_empty_drops_the_property(stack: Stack) -> None:
    CfnResource(
        stack, "R", type="Custom::R",
        properties={
            "Omitted": Lazy.list(_Counting([]), omit_empty=True),
            "Kept": Lazy.list(_Counting([])),
            "AnyOmitted": Lazy.any(_Counting([]), omit_empty_array=True),
        },
    )
    assert resources_of(stack)["R"]["Properties"] == {"Kept": []}


# -- Tokenization.reverse* ---------------------------------------------------------------------------------


def test_reverse_helpers_find_the_resolvable_behind_a_token(stack: Stack) -> None:
    intrinsic = Intrinsic({"Ref": "X"})
    text = intrinsic.to_string()
    assert Tokenization.reverse_complete_string(text) is intrinsic
    assert Tokenization.reverse_complete_string(f"a{text}") is None
    assert Tokenization.reverse(text) is intrinsic
    assert Tokenization.reverse(intrinsic) is intrinsic
    assert Tokenization.reverse("plain") is None

    list_intrinsic = Intrinsic(["a"])
    assert Tokenization.reverse_list(Token.as_list(list_intrinsic)) is list_intrinsic
    assert Tokenization.reverse_list(["a"]) is None

    number_intrinsic = Intrinsic(3)
    assert Tokenization.reverse_number(Token.as_number(number_intrinsic)) is number_intrinsic
    assert Tokenization.reverse_number(3.5) is None


def test_reverse_string_splits_literals_and_tokens(stack: Stack) -> None:
    intrinsic = Intrinsic({"Ref": "X"})
    fragments = Tokenization.reverse_string(f"a-{intrinsic}-b")
    assert fragments.length == 3
    assert fragments.first_value == "a-"
    assert fragments.tokens == [intrinsic]
    assert fragments.first_token is intrinsic


# -- resolution rules --------------------------------------------------------------------------------------


def test_none_is_dropped_in_lists_and_dicts(stack: Stack) -> None:
    value = {"a": None, "b": [1, None, {"c": None, "d": 2}], "e": [None]}
    assert stack.resolve(value) == {"b": [1, {"d": 2}], "e": []}


def test_integral_floats_resolve_to_ints(stack: Stack) -> None:
    resolved = stack.resolve({"one": 1.0, "half": 1.5, "neg": -3.0})
    assert resolved == {"one": 1, "half": 1.5, "neg": -3}
    assert type(resolved["one"]) is int
    assert type(resolved["neg"]) is int


def test_booleans_and_nested_resolvables_pass_through(stack: Stack) -> None:
    inner = Intrinsic({"Fn::Base64": Intrinsic({"Ref": "X"})})
    assert stack.resolve({"t": True, "f": False, "x": inner}) == {
        "t": True, "f": False, "x": {"Fn::Base64": {"Ref": "X"}}
    }


def test_integer_like_keys_move_first(stack: Stack) -> None:
    assert list(stack.resolve({"Plain": 1, "2": 2, "01": 3, "1": 4})) == ["1", "2", "Plain", "01"]


def test_token_keys_resolve_to_their_string(stack: Stack) -> None:
    assert stack.resolve({Lazy.string(lambda: "Key"): "v"}) == {"Key": "v"}


def test_fails_key_that_resolves_to_a_non_string(stack: Stack) -> None:
    key = Intrinsic({"Ref": "X"}).to_string()
    with pytest.raises(RuntimeError) as exc:
        stack.resolve({key: "v"})
    message = str(exc.value)
    assert message.startswith(f'"{key}" is used as the key in a map so must resolve to a string, but it resolves to: ')
    assert '{"Ref":"X"}' in message
    assert 'Consider using "CfnJson"' in message


def test_fails_resolving_a_function(stack: Stack) -> None:
    with pytest.raises(RuntimeError):
        stack.resolve({"f": lambda: 1})


def test_fails_circular_references(stack: Stack) -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(RuntimeError, match="Unable to resolve object tree with circular reference"):
        stack.resolve(loop)
