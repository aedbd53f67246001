"""The 2.275 surface added for issue 14: from_lookup, from_cfn_key, KeyGrants, alias attributes and references."""

from __future__ import annotations

import pytest

from constructs import App, Environment, Fn, Stack, ValidationError
from l2 import iam, kms


@pytest.fixture
def env_stack() -> Stack:
    return Stack(App(), "S", env=Environment(account="111111111111", region="us-east-1"))


def test_from_lookup_rejects_tokens(env_stack: Stack) -> None:
    # aws-cdk-lib 2.275.0: "All arguments to Key.fromLookup() must be concrete (no Tokens)"
    with pytest.raises(ValidationError, match=r"^All arguments to Key\.fromLookup\(\) must be concrete \(no Tokens\)"):
        kms.Key.from_lookup(env_stack, "K", alias_name=Fn.ref("X"))


def test_from_lookup_dummy_and_missing_context(env_stack: Stack) -> None:
    # aws-cdk-lib 2.275.0 reports this missing key and returns the dummy key id
    key = kms.Key.from_lookup(env_stack, "K", alias_name="alias/bar", return_dummy_key_on_missing=True)
    assert key.key_id == kms.Key.DEFAULT_DUMMY_KEY_ID == "1234abcd-12ab-34cd-56ef-1234567890ab"
    assert kms.Key.is_lookup_dummy(key)
    assert env_stack.resolve(key.key_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"],
        ]
    }
    missing = env_stack.node.root.synth().manifest["missing"]
    assert missing[0]["key"] == "key-provider:account=111111111111:aliasName=alias/bar:region=us-east-1"
    assert missing[0]["props"]["ignoreErrorOnMissingContext"] is True
    assert missing[0]["props"]["dummyValue"] == {"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}


def test_from_cfn_key_without_a_policy_fails(env_stack: Stack) -> None:
    # aws-cdk-lib 2.275.0's message, word for word
    cfn_key = kms.CfnKey(env_stack, "C")
    with pytest.raises(ValidationError, match="^Could not parse the PolicyDocument of the passed AWS::KMS::Key resource"):
        kms.Key.from_cfn_key(cfn_key)


def test_from_cfn_key_twice_is_one_construct(env_stack: Stack) -> None:
    cfn_key = kms.CfnKey(env_stack, "C", key_policy={"Statement": []})
    first = kms.Key.from_cfn_key(cfn_key)
    assert kms.Key.from_cfn_key(cfn_key) is first
    assert first.node.path == "S/C/@FromCfnKey"


def test_key_grants_and_references(env_stack: Stack) -> None:
    key = kms.Key(env_stack, "K")
    role = iam.Role(env_stack, "R", assumed_by=iam.AccountRootPrincipal())
    assert isinstance(kms.KeyGrants.from_key(key).sign(role), iam.Grant)
    assert env_stack.resolve(key.key_ref.key_arn) == {"Fn::GetAtt": ["K485CC42E", "Arn"]}
    assert env_stack.resolve(key.key_ref.key_id) == {"Ref": "K485CC42E"}
    alias = kms.Alias.from_alias_attributes(env_stack, "A", alias_name="alias/x", alias_target_key=key)
    assert (alias.alias_name, alias.alias_target_key, alias.key_id) == ("alias/x", key, "alias/x")
    assert isinstance(alias, kms.IAlias)
    assert kms.Alias(env_stack, "N", alias_name="alias/n", target_key=key).alias_ref.alias_name == "alias/n"


def test_props_structs_and_injection_ids() -> None:
    assert kms.KeyProps(alias="a").alias == "a"
    assert kms.KeyLookupOptions(alias_name="alias/a").return_dummy_key_on_missing is None
    assert kms.AliasProps(alias_name="alias/a", target_key=None).removal_policy is None  # type: ignore[arg-type]
    assert (kms.Key.PROPERTY_INJECTION_ID, kms.Alias.PROPERTY_INJECTION_ID) == (
        "aws-cdk-lib.aws-kms.Key",
        "aws-cdk-lib.aws-kms.Alias",
    )
