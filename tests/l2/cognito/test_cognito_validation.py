"""Bad arguments fail as aws-cdk-lib 2.275's do: same message, naming the construct path when there is one."""

from __future__ import annotations

import pytest

import constructs as cdk
from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import cognito as c
from l2 import cognito_identitypool as idp
from l2 import iam, kms, lambda_
from tests.l2.cognito.validation_cases import CASES


@pytest.mark.parametrize(
    ("code", "message"), [(code, msg) for _, code, msg in CASES], ids=[i for i, _, _ in CASES]
)
def test_fails_with_aws_cdk_libs_message(code: str, message: str) -> None:
    stack = Stack(App(), "S")
    scope = {"c": c, "idp": idp, "cdk": cdk, "iam": iam, "kms": kms, "lambda_": lambda_, "stack": stack}
    with pytest.raises((ValidationError, UnscopedValidationError)) as info:
        exec(code, scope)
    assert message in str(info.value)


def test_construct_errors_name_the_construct_path() -> None:
    stack = Stack(App(), "S")
    pool = c.UserPool(stack, "Pool")
    with pytest.raises(ValidationError) as info:
        pool.add_group("Group", precedence=-1)
    assert "S/Pool/Group" in str(info.value)


def test_there_is_a_case_for_every_construct() -> None:
    codes = "\n".join(code for _, code, _ in CASES)
    for name in (
        "UserPool(",
        "add_client",
        "add_domain",
        "add_group",
        "add_trigger",
        "StringAttribute",
        "Oidc",
        "Saml",
        "Apple",
        "Google",
        "with_ses",
        "with_cognito",
        "from_user_pool_arn",
    ):
        assert name in codes


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda s: c.UserPool(s, "P", self_sign_up_enabled="yes"), "self_sign_up_enabled"),
        (lambda s: c.UserPool(s, "P", mfa="ON"), "mfa"),
        (lambda s: c.UserPool(s, "P", password_policy=c.PasswordPolicy(min_length="8")), "min_length"),
        (lambda s: c.UserPool(s, "P").add_client("C", id_token_validity=60), "id_token_validity"),
        (lambda s: c.UserPoolGroup(s, "G", user_pool="pool-id"), "user_pool"),
    ],
)
def test_wrong_types_are_type_errors(call: object, argument: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match=argument):
        call(stack)  # type: ignore[operator]
