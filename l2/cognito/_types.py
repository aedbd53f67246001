"""User pool enums and structs: sign-in, verification, MFA, passwords, triggers, threat protection, refs."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy
from constructs.internals import structs
from l2.cognito._attr import ICustomAttribute, StandardAttributes

if TYPE_CHECKING:
    from l2.cognito._email import UserPoolEmail
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.lambda_ import IFunction


class VerificationEmailStyle(enum.Enum):
    """How users verify their email address."""

    CODE = "CONFIRM_WITH_CODE"
    LINK = "CONFIRM_WITH_LINK"


class LambdaVersion(enum.Enum):
    """The version of the request Cognito sends to a trigger (V2_0 and V3_0: pre token generation only)."""

    V1_0 = "V1_0"
    V2_0 = "V2_0"
    V3_0 = "V3_0"


class Mfa(enum.Enum):
    """Whether users must, may or cannot use MFA."""

    OFF = "OFF"
    OPTIONAL = "OPTIONAL"
    REQUIRED = "ON"


class PasskeyUserVerification(enum.Enum):
    """Whether passkey sign-in requires user verification."""

    PREFERRED = "preferred"
    REQUIRED = "required"


class AccountRecovery(enum.Enum):
    """How users recover their account."""

    EMAIL_AND_PHONE_WITHOUT_MFA = "EMAIL_AND_PHONE_WITHOUT_MFA"
    PHONE_WITHOUT_MFA_AND_EMAIL = "PHONE_WITHOUT_MFA_AND_EMAIL"
    EMAIL_ONLY = "EMAIL_ONLY"
    PHONE_ONLY_WITHOUT_MFA = "PHONE_ONLY_WITHOUT_MFA"
    PHONE_AND_EMAIL = "PHONE_AND_EMAIL"
    NONE = "NONE"


class AdvancedSecurityMode(enum.Enum):
    """Deprecated (use the threat protection modes): the advanced security mode."""

    ENFORCED = "ENFORCED"
    AUDIT = "AUDIT"
    OFF = "OFF"


class FeaturePlan(enum.Enum):
    """The user pool's feature plan (tier)."""

    LITE = "LITE"
    ESSENTIALS = "ESSENTIALS"
    PLUS = "PLUS"


class StandardThreatProtectionMode(enum.Enum):
    """Threat protection for standard authentication."""

    FULL_FUNCTION = "ENFORCED"
    AUDIT_ONLY = "AUDIT"
    NO_ENFORCEMENT = "OFF"


class CustomThreatProtectionMode(enum.Enum):
    """Threat protection for custom authentication."""

    FULL_FUNCTION = "ENFORCED"
    AUDIT_ONLY = "AUDIT"


class UserPoolOperation:
    """A user pool operation a Lambda trigger can be attached to.

    Args:
        operation_name: the operation's key in the user pool's ``LambdaConfig`` (such as ``preSignUp``).
    """

    CREATE_AUTH_CHALLENGE: UserPoolOperation
    CUSTOM_MESSAGE: UserPoolOperation
    DEFINE_AUTH_CHALLENGE: UserPoolOperation
    POST_AUTHENTICATION: UserPoolOperation
    POST_CONFIRMATION: UserPoolOperation
    PRE_AUTHENTICATION: UserPoolOperation
    PRE_SIGN_UP: UserPoolOperation
    PRE_TOKEN_GENERATION: UserPoolOperation
    PRE_TOKEN_GENERATION_CONFIG: UserPoolOperation
    USER_MIGRATION: UserPoolOperation
    VERIFY_AUTH_CHALLENGE_RESPONSE: UserPoolOperation
    CUSTOM_EMAIL_SENDER: UserPoolOperation
    CUSTOM_SMS_SENDER: UserPoolOperation

    def __init__(self, operation_name: str) -> None:
        self._operation_name = operation_name

    @property
    def operation_name(self) -> str:
        """The key in the pool's ``LambdaConfig``."""
        return self._operation_name

    @staticmethod
    def of(name: str) -> UserPoolOperation:
        """An operation by name (its first letter is lower-cased)."""
        return UserPoolOperation(name[:1].lower() + name[1:])

    def __repr__(self) -> str:
        return f"UserPoolOperation({self._operation_name!r})"


for _name, _op in (
    ("CREATE_AUTH_CHALLENGE", "createAuthChallenge"),
    ("CUSTOM_MESSAGE", "customMessage"),
    ("DEFINE_AUTH_CHALLENGE", "defineAuthChallenge"),
    ("POST_AUTHENTICATION", "postAuthentication"),
    ("POST_CONFIRMATION", "postConfirmation"),
    ("PRE_AUTHENTICATION", "preAuthentication"),
    ("PRE_SIGN_UP", "preSignUp"),
    ("PRE_TOKEN_GENERATION", "preTokenGeneration"),
    ("PRE_TOKEN_GENERATION_CONFIG", "preTokenGenerationConfig"),
    ("USER_MIGRATION", "userMigration"),
    ("VERIFY_AUTH_CHALLENGE_RESPONSE", "verifyAuthChallengeResponse"),
    ("CUSTOM_EMAIL_SENDER", "customEmailSender"),
    ("CUSTOM_SMS_SENDER", "customSmsSender"),
):
    setattr(UserPoolOperation, _name, UserPoolOperation(_op))


@structs.frozen(kw_only=True)
class SignInAliases:
    """How users sign up and sign in.

    Args:
        email: with an email address (default ``False``).
        phone: with a phone number (default ``False``).
        preferred_username: with a changeable preferred username (``username`` only; default ``False``).
        username: with a username (default ``True``).
    """

    email: bool | None = None
    phone: bool | None = None
    preferred_username: bool | None = None
    username: bool | None = None


@structs.frozen(kw_only=True)
class AutoVerifiedAttrs:
    """Attributes Cognito verifies at sign-up.

    Args:
        email: default ``True`` when email is a sign-in alias.
        phone: default ``True`` when phone is a sign-in alias.
    """

    email: bool | None = None
    phone: bool | None = None


@structs.frozen(kw_only=True)
class KeepOriginalAttrs:
    """Attributes that keep their value until a change is verified.

    Args:
        email: the email address (default ``False``).
        phone: the phone number (default ``False``).
    """

    email: bool | None = None
    phone: bool | None = None


@structs.frozen(kw_only=True)
class UserPoolTriggers:
    """The Lambda triggers of a user pool (each default none).

    Args:
        create_auth_challenge: creates a custom auth challenge.
        custom_email_sender: sends email (needs ``custom_sender_kms_key``).
        custom_message: customizes messages.
        custom_sms_sender: sends SMS (needs ``custom_sender_kms_key``).
        define_auth_challenge: defines the custom auth challenge.
        post_authentication: after authentication.
        post_confirmation: after confirmation.
        pre_authentication: before authentication.
        pre_sign_up: before sign-up.
        pre_token_generation: before tokens are generated.
        user_migration: migrates users.
        verify_auth_challenge_response: verifies the custom auth challenge response.
    """

    create_auth_challenge: IFunction | None = None
    custom_email_sender: IFunction | None = None
    custom_message: IFunction | None = None
    custom_sms_sender: IFunction | None = None
    define_auth_challenge: IFunction | None = None
    post_authentication: IFunction | None = None
    post_confirmation: IFunction | None = None
    pre_authentication: IFunction | None = None
    pre_sign_up: IFunction | None = None
    pre_token_generation: IFunction | None = None
    user_migration: IFunction | None = None
    verify_auth_challenge_response: IFunction | None = None


@structs.frozen(kw_only=True)
class UserVerificationConfig:
    """The messages users get to verify their account at sign-up.

    Args:
        email_body: default ``The verification code to your new account is {####}`` (code) or ``Verify your account
            by clicking on {##Verify Email##}`` (link).
        email_style: code or link (default ``CODE``).
        email_subject: default ``Verify your new account``.
        sms_message: default ``The verification code to your new account is {####}``.
    """

    email_body: str | None = None
    email_style: VerificationEmailStyle | None = None
    email_subject: str | None = None
    sms_message: str | None = None


@structs.frozen(kw_only=True)
class UserInvitationConfig:
    """The messages users get when an administrator signs them up (default Cognito's).

    Args:
        email_body: the email body.
        email_subject: the email subject.
        sms_message: the SMS text.
    """

    email_body: str | None = None
    email_subject: str | None = None
    sms_message: str | None = None


@structs.frozen(kw_only=True)
class MfaSecondFactor:
    """How users get their MFA code.

    Args:
        otp: time-based one-time passwords.
        sms: SMS to the verified phone number.
        email: email (needs SES email and the Essentials or Plus plan; default ``False``).
    """

    otp: bool
    sms: bool
    email: bool | None = None


@structs.frozen(kw_only=True)
class PasswordPolicy:
    """The password rules.

    Args:
        min_length: 6 to 99 (default 8).
        password_history_size: how many previous passwords cannot be reused (0 to 24; not on the Lite plan).
        require_digits: default ``True``.
        require_lowercase: default ``True``.
        require_symbols: default ``True``.
        require_uppercase: default ``True``.
        temp_password_validity: how long an administrator's temporary password is valid (whole days, at most 365;
            default 7 days).
    """

    min_length: int | float | None = None
    password_history_size: int | float | None = None
    require_digits: bool | None = None
    require_lowercase: bool | None = None
    require_symbols: bool | None = None
    require_uppercase: bool | None = None
    temp_password_validity: Duration | None = None


@structs.frozen(kw_only=True)
class AllowedFirstAuthFactors:
    """The factors users may sign in with first (choice-based authentication).

    Args:
        password: must be ``True``.
        email_otp: a one-time code by email.
        passkey: a passkey (WebAuthn).
        sms_otp: a one-time code by SMS.
    """

    password: bool
    email_otp: bool | None = None
    passkey: bool | None = None
    sms_otp: bool | None = None


@structs.frozen(kw_only=True)
class SignInPolicy:
    """The sign-in policy.

    Args:
        allowed_first_auth_factors: the first factors users may sign in with (default password only).
    """

    allowed_first_auth_factors: AllowedFirstAuthFactors | None = None


@structs.frozen(kw_only=True)
class EmailSettings:
    """Deprecated (use ``UserPoolEmail``): the sender addresses of Cognito's email.

    Args:
        from_: the sender address.
        reply_to: the reply-to address.
    """

    from_: str | None = None
    reply_to: str | None = None


@structs.frozen(kw_only=True)
class DeviceTracking:
    """Device tracking.

    Args:
        challenge_required_on_new_device: whether a new device needs a challenge.
        device_only_remembered_on_user_prompt: whether devices are remembered only when users opt in.
    """

    challenge_required_on_new_device: bool
    device_only_remembered_on_user_prompt: bool


@structs.frozen(kw_only=True)
class UserPoolProps:
    """The properties of a ``UserPool`` (see ``UserPool`` for each keyword)."""

    account_recovery: AccountRecovery | None = None
    advanced_security_mode: AdvancedSecurityMode | None = None
    auto_verify: AutoVerifiedAttrs | None = None
    custom_attributes: Mapping[str, ICustomAttribute] | None = None
    custom_sender_kms_key: IKey | None = None
    custom_threat_protection_mode: CustomThreatProtectionMode | None = None
    deletion_protection: bool | None = None
    device_tracking: DeviceTracking | None = None
    email: UserPoolEmail | None = None
    enable_sms_role: bool | None = None
    feature_plan: FeaturePlan | None = None
    keep_original: KeepOriginalAttrs | None = None
    lambda_triggers: UserPoolTriggers | None = None
    mfa: Mfa | None = None
    mfa_message: str | None = None
    mfa_second_factor: MfaSecondFactor | None = None
    passkey_relying_party_id: str | None = None
    passkey_user_verification: PasskeyUserVerification | None = None
    password_policy: PasswordPolicy | None = None
    removal_policy: RemovalPolicy | None = None
    self_sign_up_enabled: bool | None = None
    sign_in_aliases: SignInAliases | None = None
    sign_in_case_sensitive: bool | None = None
    sign_in_policy: SignInPolicy | None = None
    sms_role: IRole | None = None
    sms_role_external_id: str | None = None
    sns_region: str | None = None
    standard_attributes: StandardAttributes | None = None
    standard_threat_protection_mode: StandardThreatProtectionMode | None = None
    user_invitation: UserInvitationConfig | None = None
    user_pool_name: str | None = None
    user_verification: UserVerificationConfig | None = None
