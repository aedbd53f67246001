"""kms.Key and kms.Alias: validation errors (with construct paths) and rendering details."""

from __future__ import annotations

import pytest

from constructs import App, Duration, RemovalPolicy, Stack, ValidationError
from l2 import iam, kms


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _resources(stack: Stack) -> dict:
    return stack.node.root.synth(force=True).get_stack_artifact("S").template["Resources"]


@pytest.mark.parametrize(
    ("spec", "usage"),
    [
        (kms.KeySpec.HMAC_256, kms.KeyUsage.ENCRYPT_DECRYPT),
        (kms.KeySpec.SYMMETRIC_DEFAULT, kms.KeyUsage.SIGN_VERIFY),
        (kms.KeySpec.RSA_2048, kms.KeyUsage.GENERATE_VERIFY_MAC),
        (kms.KeySpec.SYMMETRIC_DEFAULT, kms.KeyUsage.KEY_AGREEMENT),
    ],
)
def test_fails_on_spec_not_valid_with_usage(stack: Stack, spec: kms.KeySpec, usage: kms.KeyUsage) -> None:
    with pytest.raises(ValidationError, match=f"key spec '{spec.value}' is not valid with usage '{usage.value}'") as err:
        kms.Key(stack, "Key", key_spec=spec, key_usage=usage)
    assert err.value.construct_path == "S/Key"


def test_fails_on_rotation_of_hmac_and_asymmetric_keys(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="key rotation cannot be enabled on HMAC keys"):
        kms.Key(stack, "Hmac", key_spec=kms.KeySpec.HMAC_256, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC,
                enable_key_rotation=True)
    with pytest.raises(ValidationError, match="key rotation cannot be enabled on asymmetric keys"):
        kms.Key(stack, "Rsa", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY,
                enable_key_rotation=True)


@pytest.mark.parametrize("days", [6, 31])
def test_fails_on_pending_window_out_of_range(stack: Stack, days: int) -> None:
    with pytest.raises(ValidationError, match=f"'pendingWindow' value must between 7 and 30 days. Received: {days}"):
        kms.Key(stack, "Key", pending_window=Duration.days(days))


@pytest.mark.parametrize("days", [89, 2561])
def test_fails_on_rotation_period_out_of_range(stack: Stack, days: int) -> None:
    with pytest.raises(ValidationError, match=f"Received: {days}"):
        kms.Key(stack, "Key", rotation_period=Duration.days(days))


def test_fails_on_rotation_period_with_rotation_disabled(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled"):
        kms.Key(stack, "Key", rotation_period=Duration.days(90), enable_key_rotation=False)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("alias/", 'Alias must include a value after "alias/": alias/'),
        ("alias/aws/mine", "Alias cannot start with alias/aws/: alias/aws/mine"),
        ("aws/mine", "Alias cannot start with alias/aws/: alias/aws/mine"),
        ("has space", "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-"),
    ],
)
def test_fails_on_invalid_alias_names(stack: Stack, name: str, message: str) -> None:
    key = kms.Key(stack, "Key")
    with pytest.raises(ValidationError, match=message):
        kms.Alias(stack, "Alias", alias_name=name, target_key=key)


def test_fails_on_a_key_arn_without_key_id(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="KMS key ARN must be in the format"):
        kms.Key.from_key_arn(stack, "K", "arn:aws:kms:us-east-1:123456789012:key")


def test_synth_fails_on_a_key_policy_statement_without_principal(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]))
    with pytest.raises(Exception, match=r"\[S/Key\] A PolicyStatement used in a resource-based policy must specify at"):
        _resources(stack)


def test_key_is_retained_by_default_and_honours_removal_policy(stack: Stack) -> None:
    kms.Key(stack, "Kept")
    kms.Key(stack, "Gone", removal_policy=RemovalPolicy.DESTROY)
    res = _resources(stack)
    assert res["Kept118DB03B"]["DeletionPolicy"] == "Retain"
    assert res["Gone1B02B07C"]["DeletionPolicy"] == "Delete"


def test_rotation_period_turns_rotation_on(stack: Stack) -> None:
    kms.Key(stack, "Key", rotation_period=Duration.days(365))
    props = _resources(stack)["Key961B73FD"]["Properties"]
    assert props["EnableKeyRotation"] is True and props["RotationPeriodInDays"] == 365


def test_imported_key_ignores_resource_policy_statements(stack: Stack) -> None:
    key = kms.Key.from_key_arn(stack, "K", "arn:aws:kms:us-east-1:123456789012:key/abc")
    assert key.key_id == "abc"
    result = key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]))
    assert result.statement_added is False
    with pytest.raises(ValidationError, match="Unable to add statement to IAM resource policy for KMS key"):
        key.add_to_resource_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]), False)


def test_same_account_role_grant_stays_in_the_identity_policy(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    grant = key.grant_encrypt_decrypt(role)
    assert grant.success and grant.resource_statement is None
    assert grant.principal_statement is not None
    assert grant.principal_statement.actions == ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
