"""The token API of aws-cdk-lib's core (issue 14 part B): producers and resolvers, StringConcat, JsonNull,
TokenizedStringFragments, SecretValue keys, CfnResource's property names, environment and reference strength.

Expected values and messages were read from aws-cdk-lib 2.275.0 (the same calls through the oracle venv).
"""

from __future__ import annotations

from typing import Any

import pytest

import constructs as cdk


@pytest.fixture
def stack() -> cdk.Stack:
    return cdk.Stack(cdk.App(), "S")


def test_string_concat_joins_as_text_and_skips_missing_sides() -> None:
    concat = cdk.StringConcat()
    assert concat.join(None, None) is None
    assert concat.join("a", None) == "a"
    assert concat.join(None, "b") == "b"
    assert concat.join(1, 2.5) == "12.5"


def test_tokenized_string_fragments_built_by_hand() -> None:
    fragments = cdk.TokenizedStringFragments()
    fragments.add_literal("a")
    fragments.add_token(cdk.Intrinsic(5))
    fragments.add_intrinsic({"Ref": "X"})
    assert fragments.length == 3
    assert fragments.first_value == "a"
    assert len(fragments.tokens) == 1
    assert cdk.Tokenization.reverse_string("abc").join(cdk.StringConcat()) == "abc"
    assert cdk.Tokenization.reverse_string("").join(cdk.StringConcat()) is None


def test_map_tokens_takes_a_token_mapper(stack: cdk.Stack) -> None:
    class Upper:
        def map_token(self, t: Any) -> Any:
            return "MAPPED"

    ref = cdk.CfnResource(stack, "R", type="X::Y::Z").ref
    mapped = cdk.Tokenization.reverse_string(f"x-{ref}").map_tokens(Upper())
    assert mapped.tokens == []  # a mapped plain string is a literal, as in aws-cdk-lib
    assert mapped.join(cdk.StringConcat()) == "x-MAPPED"


def test_default_token_resolver_resolves_tokens_strings_and_lists(stack: cdk.Stack) -> None:
    resolver = cdk.DefaultTokenResolver(cdk.StringConcat())
    seen: dict[str, Any] = {}

    class Double:
        def post_process(self, value: Any, context: Any) -> Any:
            return value * 2

    class Probe:
        def resolve(self, context: Any) -> Any:
            seen["token"] = resolver.resolve_token(cdk.Intrinsic(21), context, Double())
            seen["string"] = resolver.resolve_string(cdk.Tokenization.reverse_string("a-b"), context)
            seen["list"] = resolver.resolve_list(cdk.Token.as_list(cdk.Intrinsic(["x", "y"])), context)
            return "done"

    assert stack.resolve(Probe()) == "done"
    assert seen == {"token": 42, "string": "a-b", "list": ["x", "y"]}


def test_default_token_resolver_refuses_lists_with_extra_elements(stack: cdk.Stack) -> None:
    resolver = cdk.DefaultTokenResolver(cdk.StringConcat())
    with pytest.raises(cdk.UnscopedValidationError, match="Cannot add elements to list token, got: a,b"):
        resolver.resolve_list(["a", "b"], cdk.ResolveContext(stack))


def test_json_null_renders_as_null_in_mappings_and_lists(stack: cdk.Stack) -> None:
    assert cdk.JsonNull.INSTANCE.to_string() == "null"
    assert cdk.JsonNull.INSTANCE.to_json() is None
    # aws-cdk-lib writes {"A": null, "B": [null, 1]} for these properties (a plain None is dropped)
    assert stack.resolve({"A": cdk.JsonNull.INSTANCE, "B": [cdk.JsonNull.INSTANCE, 1], "C": None}) == {
        "A": None,
        "B": [None, 1],
    }


def test_token_is_resolved(stack: cdk.Stack) -> None:
    assert cdk.Token.is_resolved("x") is True
    assert cdk.Token.is_resolved(cdk.CfnResource(stack, "R", type="X::Y::Z").ref) is False


def test_reverse_list_finds_the_list_token() -> None:
    intrinsic = cdk.Intrinsic(["a"])
    assert cdk.Tokenization.reverse_list(intrinsic.to_string_list()) is intrinsic


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"secret_id": ""}, "secretId cannot be empty"),
        ({"secret_id": "a:b"}, 'secret id "a:b" is not an ARN but contains ":"'),
        (
            {"secret_id": "arn:x:y", "version_id": "1", "version_stage": "S"},
            "versionStage: 'S' and versionId: '1' were both provided but only one is allowed",
        ),
    ],
)
def test_cfn_dynamic_reference_key_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(cdk.UnscopedValidationError) as err:
        cdk.SecretValue.cfn_dynamic_reference_key(**kwargs)
    assert message in str(err.value)


def test_cfn_dynamic_reference_key() -> None:
    assert cdk.SecretValue.cfn_dynamic_reference_key("id") == "id:SecretString:::"


def test_resource_attribute_needs_a_resource_attribute(stack: cdk.Stack) -> None:
    message = r"SecretValue.resourceAttribute\(\) must be used with a resource attribute"
    with pytest.raises(cdk.UnscopedValidationError, match=message):
        cdk.SecretValue.resource_attribute("plain")
    with pytest.raises(cdk.UnscopedValidationError, match=message):
        cdk.SecretValue.resource_attribute(cdk.Fn.import_value("x"))
    resource = cdk.CfnResource(stack, "R", type="X::Y::Z")
    assert isinstance(cdk.SecretValue.resource_attribute(resource.ref), cdk.SecretValue)


def test_enum_values() -> None:
    assert [m.name for m in cdk.CfnCapabilities] == ["NONE", "ANONYMOUS_IAM", "NAMED_IAM", "AUTO_EXPAND"]
    assert cdk.CfnCapabilities.NAMED_IAM.value == "CAPABILITY_NAMED_IAM"
    assert [m.name for m in cdk.ReferenceStrength] == ["STRONG", "WEAK", "BOTH"]


def test_cfn_property_name_maps_camel_case_names_of_l1_properties(stack: cdk.Stack) -> None:
    from l1.s3 import CfnBucket

    bucket = CfnBucket(stack, "B")
    assert bucket.cfn_property_name("bucketName") == "BucketName"
    assert bucket.cfn_property_name("bucket_name") is None
    assert bucket.cfn_property_name("BucketName") is None
    assert cdk.CfnResource(stack, "R", type="X::Y::Z").cfn_property_name("a") is None


def test_cfn_resource_env_is_the_stack_environment(stack: cdk.Stack) -> None:
    env = cdk.CfnResource(stack, "R", type="X::Y::Z").env
    assert stack.resolve(env.account) == {"Ref": "AWS::AccountId"}
    assert stack.resolve(env.region) == {"Ref": "AWS::Region"}


def test_apply_cross_stack_reference_strength_takes_the_enum(stack: cdk.Stack) -> None:
    resource = cdk.CfnResource(stack, "R", type="X::Y::Z")
    with pytest.raises(TypeError, match="S/R"):
        resource.apply_cross_stack_reference_strength("weak")  # type: ignore[arg-type]


def test_remove_resource_dependency(stack: cdk.Stack) -> None:
    a = cdk.CfnResource(stack, "A", type="X::Y::Z")
    b = cdk.CfnResource(stack, "B", type="X::Y::Z")
    a.add_resource_dependency(b, "because")
    assert a.obtain_dependencies() == [b]
    a.remove_resource_dependency(b)
    assert a.obtain_dependencies() == []


def test_option_structs_hold_their_fields(stack: cdk.Stack) -> None:
    resolver = cdk.DefaultTokenResolver(cdk.StringConcat())
    assert cdk.ResolveOptions(resolver=resolver, scope=stack, preparing=True).preparing is True
    assert cdk.LazyListValueOptions(omit_empty=True).omit_empty is True
    assert cdk.LazyAnyValueOptions(omit_empty_array=True, display_hint="h").display_hint == "h"
    assert cdk.ReverseOptions(fail_concat=False).fail_concat is False
    assert cdk.IntrinsicProps(type_hint=cdk.ResolutionTypeHint.NUMBER).type_hint == "number"
    assert cdk.ResolveChangeContextOptions(remove_empty=False).remove_empty is False


def test_check_secret_usage_flag_refuses_a_secret_value_used_as_a_plain_value() -> None:
    app = cdk.App(context={"@aws-cdk/core:checkSecretUsage": True})
    stack = cdk.Stack(app, "S")
    secret = cdk.SecretValue.secrets_manager("MySecret")
    with pytest.raises(cdk.UnscopedValidationError, match="Synthing a secret value to .*unsafeUnwrap"):
        stack.resolve({"Password": secret})
    # unsafe_unwrap gives the value itself: no check
    assert stack.resolve({"Password": secret.unsafe_unwrap()}) == {
        "Password": "{{resolve:secretsmanager:MySecret:SecretString:::}}"
    }
    assert cdk.Stack(cdk.App(), "T").resolve(secret) == "{{resolve:secretsmanager:MySecret:SecretString:::}}"


def test_secret_structs() -> None:
    props = cdk.CfnDynamicReferenceProps(reference_key="k", service=cdk.CfnDynamicReferenceService.SSM)
    assert props.service is cdk.CfnDynamicReferenceService.SSM
    assert cdk.SecretsManagerSecretOptions(json_field="f").json_field == "f"


def test_grant_option_structs() -> None:
    options = cdk.EncryptedPermissionsOptions(resource_arns=["arn:aws:s3:::b/*"], key_actions=["kms:Decrypt"])
    assert isinstance(options, cdk.PermissionsOptions)
    assert options.key_actions == ["kms:Decrypt"]
    assert cdk.PermissionsOptions().resource_arns is None
