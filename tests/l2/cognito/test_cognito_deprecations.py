"""Deprecated options fail under ``JSII_DEPRECATED=fail`` with aws-cdk-lib 2.275's text (recorded from it)."""

from __future__ import annotations

import pytest

from constructs import App, SecretValue, Stack
from l2 import cognito as c

CASES = [
    (
        lambda s: c.UserPool(s, "P", advanced_security_mode=c.AdvancedSecurityMode.AUDIT),
        "aws-cdk-lib.aws_cognito.UserPoolProps#advancedSecurityMode is deprecated, and will be removed in the next "
        "major release.\n  Advanced Security Mode is deprecated due to user pool feature plans. Use "
        "StandardThreatProtectionMode and CustomThreatProtectionMode to set Thread Protection level.",
    ),
    (
        lambda s: c.UserPoolIdentityProviderGoogle(
            s, "G", user_pool=c.UserPool(s, "P"), client_id="a", client_secret="b"
        ),
        "aws-cdk-lib.aws_cognito.UserPoolIdentityProviderGoogleProps#clientSecret is deprecated, and will be removed "
        "in the next major release.\n  use clientSecretValue instead",
    ),
    (
        lambda s: c.UserPoolIdentityProviderApple(
            s, "A", user_pool=c.UserPool(s, "P"), client_id="a", key_id="k", team_id="t", private_key="p"
        ),
        "aws-cdk-lib.aws_cognito.UserPoolIdentityProviderAppleProps#privateKey is deprecated, and will be removed in "
        "the next major release.\n  use privateKeyValue",
    ),
    (
        lambda s: (
            c.UserPool(s, "P")
            .add_domain("D", cognito_domain=c.CognitoDomainOptions(domain_prefix="x"))
            .cloud_front_domain_name
        ),
        "DeprecationError: aws-cdk-lib.aws_cognito.UserPoolDomain#cloudFrontDomainName is deprecated, and will be "
        "removed in the next major release.\n  use `cloudFrontEndpoint` method instead.",
    ),
]


@pytest.mark.parametrize(
    ("use", "message"), CASES, ids=["advanced-security", "google-secret", "apple-key", "cf-name"]
)
def test_deprecated_options_fail_with_aws_cdk_libs_text(
    monkeypatch: pytest.MonkeyPatch, use: object, message: str
) -> None:
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    with pytest.raises(RuntimeError) as info:
        use(Stack(App(), "S"))  # type: ignore[operator]
    assert str(info.value) == message


def test_the_replacements_are_not_deprecated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    stack = Stack(App(), "S")
    pool = c.UserPool(stack, "P", standard_threat_protection_mode=c.StandardThreatProtectionMode.AUDIT_ONLY)
    c.UserPoolIdentityProviderGoogle(
        stack, "G", user_pool=pool, client_id="a", client_secret_value=SecretValue.unsafe_plain_text("b")
    )
    domain = pool.add_domain("D", cognito_domain=c.CognitoDomainOptions(domain_prefix="x"))
    assert domain.cloud_front_endpoint
