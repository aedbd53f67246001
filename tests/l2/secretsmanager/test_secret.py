"""Secret: validation errors (messages name the construct path), names parsed from ARNs, imports, rotation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Duration, SecretValue, Stack, UnscopedValidationError, ValidationError
from l2 import secretsmanager


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"generate_secret_string": secretsmanager.SecretStringGenerator(generate_string_key="password")},
         "`secretStringTemplate` and `generateStringKey` must be specified together."),
        ({"generate_secret_string": secretsmanager.SecretStringGenerator(),
          "secret_string_value": SecretValue.unsafe_plain_text("x")},
         "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, and "
         "`secretStringBeta1`."),
    ],
)
def test_fails_on_conflicting_value_props(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        secretsmanager.Secret(stack, "Secret", **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Secret"


def test_replica_in_the_stack_region_fails() -> None:
    from constructs import App, Environment

    stack = Stack(App(), "S", env=Environment(account="111111111111", region="eu-west-1"))
    with pytest.raises(ValidationError, match="Cannot add the region where this stack is deployed"):
        secretsmanager.Secret(stack, "Secret", replica_regions=[secretsmanager.ReplicaRegion(region="eu-west-1")])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "must use only one of `secretCompleteArn` or `secretPartialArn`"),
        ({"secret_arn": "arn:aws:secretsmanager:us-east-1:1:secret:a", "secret_partial_arn": "x"},
         "cannot use `secretArn` with `secretCompleteArn` or `secretPartialArn`"),
        ({"secret_complete_arn": "arn:aws:secretsmanager:us-east-1:1:secret:nosuffix"},
         "`secretCompleteArn` does not appear to be complete; missing 6-character suffix"),
    ],
)
def test_fails_on_bad_import_attributes(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        secretsmanager.Secret.from_secret_attributes(stack, "Imported", **kwargs)
    assert err.value.bare_message == message


@pytest.mark.parametrize(
    ("arn", "name"),
    [
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:my-secret-AbCdEf", "my-secret"),
        # aws-cdk-lib's rule: any 6-character last segment counts as the suffix, even in a partial ARN.
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:my-secret", "my"),
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:my-key", "my-key"),
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:short-ab", "short-ab"),
    ],
)
def test_imported_secret_names_drop_the_suffix(stack: Stack, arn: str, name: str) -> None:
    assert secretsmanager.Secret.from_secret_partial_arn(stack, "I", arn).secret_name == name


def test_secret_values_are_dynamic_references(stack: Stack) -> None:
    secret = secretsmanager.Secret.from_secret_name_v2(stack, "I", "db")
    assert stack.resolve(secret.secret_value_from_json("password").unsafe_unwrap()) == {
        "Fn::Join": [
            "",
            [
                "{{resolve:secretsmanager:arn:",
                {"Ref": "AWS::Partition"},
                ":secretsmanager:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":secret:db:SecretString:password::}}",
            ],
        ]
    }


def test_rotation_needs_exactly_one_rotation_kind(stack: Stack) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    with pytest.raises(ValidationError, match="One of `rotationLambda` or `hostedRotation` must be specified."):
        secret.add_rotation_schedule("Rotation")


@pytest.mark.parametrize(
    ("after", "message"),
    [
        (Duration.hours(3), "automaticallyAfter must not be smaller than 4 hours, got 3 hours"),
        (Duration.days(1001), "automaticallyAfter must not be greater than 1000 days, got 1001 days"),
    ],
)
def test_rotation_interval_limits(stack: Stack, after: Duration, message: str) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    with pytest.raises(ValidationError) as err:
        secret.add_rotation_schedule(
            "Rotation", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(), automatically_after=after
        )
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Secret/Rotation"


def test_zero_interval_disables_automatic_rotation(stack: Stack, synth: Callable) -> None:
    secret = secretsmanager.Secret(stack, "Secret")
    secret.add_rotation_schedule(
        "Rotation",
        hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(),
        automatically_after=Duration.days(0),
    )
    props = synth(stack)["Resources"]["SecretRotation5430EF6A"]["Properties"]
    assert "RotationRules" not in props


def test_multi_user_rotation_needs_a_master_secret() -> None:
    # aws-cdk-lib's Python factory refuses the missing keyword with a TypeError (checked with the oracle).
    with pytest.raises(TypeError, match="master_secret"):
        secretsmanager.HostedRotation.mysql_multi_user()  # type: ignore[call-arg]
    with pytest.raises(UnscopedValidationError, match="The `masterSecret` must be specified"):
        secretsmanager.HostedRotation(secretsmanager.HostedRotationType.MYSQL_MULTI_USER)
