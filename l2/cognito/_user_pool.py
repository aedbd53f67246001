"""``UserPool``: a Cognito user pool, its triggers and messages, and importing existing pools."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Names,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import deprecated
from l1._private.interfaces.cognito import UserPoolReference as UserPoolReference
from l1.cognito import CfnUserPool
from l2.cognito._attr import STANDARD_ATTRIBUTE_NAMES, ICustomAttribute, StandardAttributes
from l2.cognito._email import UserPoolEmail
from l2.cognito._interfaces import IUserPoolIdentityProvider
from l2.cognito._types import (
    AccountRecovery,
    AdvancedSecurityMode,
    AutoVerifiedAttrs,
    CustomThreatProtectionMode,
    DeviceTracking,
    FeaturePlan,
    KeepOriginalAttrs,
    LambdaVersion,
    Mfa,
    MfaSecondFactor,
    PasskeyUserVerification,
    PasswordPolicy,
    SignInAliases,
    SignInPolicy,
    StandardThreatProtectionMode,
    UserInvitationConfig,
    UserPoolOperation,
    UserPoolTriggers,
    UserVerificationConfig,
    VerificationEmailStyle,
)
from l2.cognito._unicode import contains_link_template

if TYPE_CHECKING:
    from l2.cognito._attr import ClientAttributes
    from l2.cognito._client import (
        AnalyticsConfiguration,
        AuthFlow,
        OAuthSettings,
        UserPoolClient,
        UserPoolClientIdentityProvider,
    )
    from l2.cognito._domain import (
        CognitoDomainOptions,
        CustomDomainOptions,
        ManagedLoginVersion,
        UserPoolDomain,
    )
    from l2.cognito._group import UserPoolGroup
    from l2.cognito._interfaces import IUserPool
    from l2.cognito._resource_server import ResourceServerScope, UserPoolResourceServer
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey
    from l2.lambda_ import IFunction

_CODE_TEMPLATE = "{####}"
_ADVANCED_SECURITY_DEPRECATION = (
    "Advanced Security Mode is deprecated due to user pool feature plans. Use StandardThreatProtectionMode and "
    "CustomThreatProtectionMode to set Thread Protection level."
)
_LAMBDA_CONFIG_FIELDS = frozenset(
    {
        "create_auth_challenge",
        "custom_email_sender",
        "custom_message",
        "custom_sms_sender",
        "define_auth_challenge",
        "inbound_federation",
        "kms_key_id",
        "post_authentication",
        "post_confirmation",
        "pre_authentication",
        "pre_sign_up",
        "pre_token_generation",
        "pre_token_generation_config",
        "user_migration",
        "verify_auth_challenge_response",
    }
)
_VERIFY_EMAIL_TEMPLATE = "{##Verify Email##}"
_COGNITO_PRINCIPAL = "cognito-idp.amazonaws.com"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _undefined_if_no_keys(struct: Mapping[str, Any]) -> dict[str, Any] | None:
    return None if all(v is None for v in struct.values()) else dict(struct)


class UserPoolBase(Resource):
    """What new and imported user pools share: clients, domains, groups, resource servers, grants."""

    user_pool_id: str
    user_pool_arn: str
    user_pool_provider_name: str

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            account=account,
            environment_from_arn=environment_from_arn,
            physical_name=physical_name,
            region=region,
        )
        self._identity_providers: list[IUserPoolIdentityProvider] = []

    @property
    def identity_providers(self) -> list[IUserPoolIdentityProvider]:
        """The identity providers registered with the pool."""
        return self._identity_providers

    @property
    def user_pool_ref(self) -> UserPoolReference:
        """The pool's id and ARN."""
        return UserPoolReference(user_pool_id=self.user_pool_id, user_pool_arn=self.user_pool_arn)

    def add_client(
        self,
        id: str,
        *,
        access_token_validity: Duration | None = None,
        analytics: AnalyticsConfiguration | None = None,
        auth_flows: AuthFlow | None = None,
        auth_session_validity: Duration | None = None,
        disable_o_auth: bool | None = None,
        enable_propagate_additional_user_context_data: bool | None = None,
        enable_token_revocation: bool | None = None,
        generate_secret: bool | None = None,
        id_token_validity: Duration | None = None,
        o_auth: OAuthSettings | None = None,
        prevent_user_existence_errors: bool | None = None,
        read_attributes: ClientAttributes | None = None,
        refresh_token_rotation_grace_period: Duration | None = None,
        refresh_token_validity: Duration | None = None,
        supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None,
        user_pool_client_name: str | None = None,
        write_attributes: ClientAttributes | None = None,
    ) -> UserPoolClient:
        """Add an app client under this pool (see ``UserPoolClient`` for the keywords)."""
        from l2.cognito._client import UserPoolClient

        return UserPoolClient(
            self,
            id,
            user_pool=self,
            access_token_validity=access_token_validity,
            analytics=analytics,
            auth_flows=auth_flows,
            auth_session_validity=auth_session_validity,
            disable_o_auth=disable_o_auth,
            enable_propagate_additional_user_context_data=enable_propagate_additional_user_context_data,
            enable_token_revocation=enable_token_revocation,
            generate_secret=generate_secret,
            id_token_validity=id_token_validity,
            o_auth=o_auth,
            prevent_user_existence_errors=prevent_user_existence_errors,
            read_attributes=read_attributes,
            refresh_token_rotation_grace_period=refresh_token_rotation_grace_period,
            refresh_token_validity=refresh_token_validity,
            supported_identity_providers=supported_identity_providers,
            user_pool_client_name=user_pool_client_name,
            write_attributes=write_attributes,
        )

    def add_domain(
        self,
        id: str,
        *,
        cognito_domain: CognitoDomainOptions | None = None,
        custom_domain: CustomDomainOptions | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> UserPoolDomain:
        """Add a domain under this pool (see ``UserPoolDomain`` for the keywords)."""
        from l2.cognito._domain import UserPoolDomain

        return UserPoolDomain(
            self,
            id,
            user_pool=self,
            cognito_domain=cognito_domain,
            custom_domain=custom_domain,
            managed_login_version=managed_login_version,
        )

    def add_resource_server(
        self,
        id: str,
        *,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> UserPoolResourceServer:
        """Add a resource server under this pool (see ``UserPoolResourceServer`` for the keywords)."""
        from l2.cognito._resource_server import UserPoolResourceServer

        return UserPoolResourceServer(
            self,
            id,
            user_pool=self,
            identifier=identifier,
            scopes=scopes,
            user_pool_resource_server_name=user_pool_resource_server_name,
        )

    def add_group(
        self,
        id: str,
        *,
        description: str | None = None,
        group_name: str | None = None,
        precedence: int | float | None = None,
        role: IRole | None = None,
    ) -> UserPoolGroup:
        """Add a group under this pool (see ``UserPoolGroup`` for the keywords)."""
        from l2.cognito._group import UserPoolGroup

        return UserPoolGroup(
            self,
            id,
            user_pool=self,
            description=description,
            group_name=group_name,
            precedence=precedence,
            role=role,
        )

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None:
        """Register an identity provider: app clients without ``supported_identity_providers`` support it."""
        if hasattr(provider, "provider_name"):
            self._identity_providers.append(provider)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this pool to ``grantee``'s identity policy."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(actions), resource_arns=[self.user_pool_arn]
        )


class _ImportedUserPool(UserPoolBase):
    def __init__(
        self, scope: Construct, id: str, user_pool_arn: str, user_pool_id: str, account: Any, region: Any
    ):
        super().__init__(scope, id, account=account, region=region)
        self.user_pool_arn = user_pool_arn
        self.user_pool_id = user_pool_id
        self.user_pool_provider_name = f"cognito-idp.{region}.{Stack.of(scope).url_suffix}/{user_pool_id}"


class UserPool(UserPoolBase):
    """A Cognito user pool.

    Args:
        scope: the parent construct.
        id: the construct id.
        account_recovery: how users recover their account (default ``PHONE_WITHOUT_MFA_AND_EMAIL``).
        advanced_security_mode: deprecated (use the threat protection modes): advanced security.
        auto_verify: attributes verified at sign-up (default the sign-in aliases email and phone).
        custom_attributes: custom attributes by name (without ``custom:``).
        custom_sender_kms_key: the KMS key the custom email and SMS sender triggers decrypt codes with.
        custom_threat_protection_mode: threat protection for custom authentication (Plus plan).
        deletion_protection: turn deletion protection on (``True``) or off (``False``; default not set).
        device_tracking: device tracking (default none).
        email: who sends the pool's email (default Cognito's default settings).
        enable_sms_role: create an SMS role (default when SMS MFA or phone verification needs one).
        feature_plan: the pool's feature plan (default the service's: Essentials).
        keep_original: attributes that keep their value until a change is verified.
        lambda_triggers: the Lambda triggers (see also ``add_trigger``).
        mfa: MFA enforcement (default ``OFF``).
        mfa_message: the SMS text of MFA codes (contains ``{####}``; at most 140 characters).
        mfa_second_factor: how users get MFA codes (default SMS when MFA is on).
        passkey_relying_party_id: the passkey relying party id (1 to 63 characters).
        passkey_user_verification: whether passkeys require user verification.
        password_policy: the password rules.
        removal_policy: default ``RETAIN``.
        self_sign_up_enabled: let users sign up themselves (default ``False``).
        sign_in_aliases: how users sign in (default username).
        sign_in_case_sensitive: whether sign-in is case-sensitive (default the service's).
        sign_in_policy: the first factors users may sign in with.
        sms_role: the role Cognito sends SMS with (default one created when needed).
        sms_role_external_id: the external id of ``sms_role``.
        sns_region: the SNS region SMS are sent from.
        standard_attributes: the standard attributes.
        standard_threat_protection_mode: threat protection for standard authentication (Plus plan).
        user_invitation: the messages of administrator sign-ups.
        user_pool_name: a physical name (default generated).
        user_verification: the verification messages of sign-ups.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPool"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account_recovery: AccountRecovery | None = None,
        advanced_security_mode: AdvancedSecurityMode | None = None,
        auto_verify: AutoVerifiedAttrs | None = None,
        custom_attributes: Mapping[str, ICustomAttribute] | None = None,
        custom_sender_kms_key: IKey | None = None,
        custom_threat_protection_mode: CustomThreatProtectionMode | None = None,
        deletion_protection: bool | None = None,
        device_tracking: DeviceTracking | None = None,
        email: UserPoolEmail | None = None,
        enable_sms_role: bool | None = None,
        feature_plan: FeaturePlan | None = None,
        keep_original: KeepOriginalAttrs | None = None,
        lambda_triggers: UserPoolTriggers | None = None,
        mfa: Mfa | None = None,
        mfa_message: str | None = None,
        mfa_second_factor: MfaSecondFactor | None = None,
        passkey_relying_party_id: str | None = None,
        passkey_user_verification: PasskeyUserVerification | None = None,
        password_policy: PasswordPolicy | None = None,
        removal_policy: RemovalPolicy | None = None,
        self_sign_up_enabled: bool | None = None,
        sign_in_aliases: SignInAliases | None = None,
        sign_in_case_sensitive: bool | None = None,
        sign_in_policy: SignInPolicy | None = None,
        sms_role: IRole | None = None,
        sms_role_external_id: str | None = None,
        sns_region: str | None = None,
        standard_attributes: StandardAttributes | None = None,
        standard_threat_protection_mode: StandardThreatProtectionMode | None = None,
        user_invitation: UserInvitationConfig | None = None,
        user_pool_name: str | None = None,
        user_verification: UserVerificationConfig | None = None,
    ) -> None:
        super().__init__(scope, id)
        if advanced_security_mode is not None:  # jsii's deprecation warnings
            deprecated(
                "aws-cdk-lib.aws_cognito.UserPoolProps#advancedSecurityMode", _ADVANCED_SECURITY_DEPRECATION
            )
            deprecated("aws-cdk-lib.aws_cognito.AdvancedSecurityMode", _ADVANCED_SECURITY_DEPRECATION)
            deprecated(f"aws-cdk-lib.aws_cognito.AdvancedSecurityMode#{advanced_security_mode.name}", "")
        self._feature_plan = feature_plan
        alias_attrs, username_attrs, auto_verify_attrs = self._sign_in(sign_in_aliases, auto_verify)

        self._triggers: dict[str, Any] = {}
        if custom_sender_kms_key is not None:
            self._triggers["kmsKeyId"] = custom_sender_kms_key.key_arn
        if lambda_triggers is not None:
            for f in type(lambda_triggers).__struct_fields__:  # type: ignore[attr-defined]
                fn = getattr(lambda_triggers, f.name)
                if fn is None:
                    continue
                name = _camel(f.name)
                if name in ("customSmsSender", "customEmailSender"):
                    if not self._triggers.get("kmsKeyId"):
                        raise ValidationError(
                            "you must specify a KMS key if you are using customSmsSender or customEmailSender.",
                            self,
                        )
                    self._add_lambda_permission(fn, name)
                    self._triggers[name] = {"lambdaArn": fn.function_arn, "lambdaVersion": "V1_0"}
                else:
                    self._add_lambda_permission(fn, name)
                    self._triggers[name] = fn.function_arn

        template = self._verification_message(user_verification)
        email_verification_message = email_verification_subject = None
        if template["defaultEmailOption"] == VerificationEmailStyle.CODE.value:
            email_verification_message = template["emailMessage"]
            email_verification_subject = template["emailSubject"]
        sms_verification_message = template["smsMessage"]
        invite_message_template = (
            {
                "emailMessage": user_invitation.email_body,
                "emailSubject": user_invitation.email_subject,
                "smsMessage": user_invitation.sms_message,
            }
            if user_invitation is not None
            else None
        )
        admin_create_user_config = {
            "allowAdminCreateUserOnly": not (self_sign_up_enabled or False),
            "inviteMessageTemplate": invite_message_template,
        }
        password = self._password_policy(password_policy, feature_plan)
        sign_in = self._sign_in_policy(sign_in_policy, feature_plan)
        if (
            passkey_relying_party_id is not None
            and not Token.is_unresolved(passkey_relying_party_id)
            and not 1 <= len(passkey_relying_party_id) <= 63
        ):
            raise ValidationError(
                "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got "
                f"{len(passkey_relying_party_id)}",
                self,
            )
        self._email_configuration: dict[str, Any] | None = None
        if email is not None:
            bound = email._bind(self)
            self._email_configuration = {
                "from": bound.from_,
                "replyToEmailAddress": bound.reply_to_email_address,
                "configurationSet": bound.configuration_set,
                "emailSendingAccount": bound.email_sending_account,
                "sourceArn": bound.source_arn,
            }
        self._has_email = email is not None

        additional_flows = (
            {"customAuthMode": custom_threat_protection_mode.value} if custom_threat_protection_mode else None
        )
        if advanced_security_mode and (standard_threat_protection_mode or additional_flows):
            raise ValidationError(
                "you cannot set Threat Protection and Advanced Security Mode at the same time. Advanced Security Mode "
                "is deprecated and should be replaced with Threat Protection instead.",
                self,
            )
        chosen: Any = advanced_security_mode or standard_threat_protection_mode
        if additional_flows:
            chosen = (
                advanced_security_mode
                or standard_threat_protection_mode
                or (StandardThreatProtectionMode.NO_ENFORCEMENT)
            )

        mfa_message_value = self._mfa_message(mfa_message)
        sms_configuration = self._sms_configuration(
            enable_sms_role,
            sms_role,
            sms_role_external_id,
            sns_region,
            mfa,
            mfa_second_factor,
            sign_in_aliases,
            auto_verify,
        )
        self._resource = CfnUserPool(
            self,
            "Resource",
            user_pool_name=user_pool_name,
            username_attributes=username_attrs,
            alias_attributes=alias_attrs,
            auto_verified_attributes=auto_verify_attrs,
            lambda_config=Lazy.any(self._render_lambda_config),
            sms_authentication_message=mfa_message_value,
            sms_configuration=sms_configuration,
            admin_create_user_config=admin_create_user_config,
            email_verification_message=email_verification_message,
            email_verification_subject=email_verification_subject,
            sms_verification_message=sms_verification_message,
            verification_message_template=template,
            user_pool_add_ons=_undefined_if_no_keys(
                {
                    "advancedSecurityAdditionalFlows": additional_flows,
                    "advancedSecurityMode": chosen.value if chosen is not None else None,
                }
            ),
            schema=self._schema(standard_attributes, custom_attributes),
            mfa_configuration=mfa.value if mfa is not None else None,
            enabled_mfas=self._enabled_mfas(mfa, mfa_second_factor),
            policies=_undefined_if_no_keys({"passwordPolicy": password, "signInPolicy": sign_in}),
            web_authn_relying_party_id=passkey_relying_party_id,
            web_authn_user_verification=(
                passkey_user_verification.value if passkey_user_verification is not None else None
            ),
            email_configuration=self._email_configuration,
            username_configuration=(
                {"caseSensitive": sign_in_case_sensitive} if sign_in_case_sensitive is not None else None
            ),
            account_recovery_setting=self._account_recovery(account_recovery),
            device_configuration=(
                {
                    "challengeRequiredOnNewDevice": device_tracking.challenge_required_on_new_device,
                    "deviceOnlyRememberedOnUserPrompt": device_tracking.device_only_remembered_on_user_prompt,
                }
                if device_tracking is not None
                else None
            ),
            user_attribute_update_settings=self._keep_original(keep_original),
            user_pool_tier=feature_plan.value if feature_plan is not None else None,
            deletion_protection=(
                "ACTIVE"
                if deletion_protection is True
                else "INACTIVE"
                if deletion_protection is False
                else None
            ),
        )
        self._resource.apply_removal_policy(removal_policy)
        self.user_pool_id = self._resource.ref
        self.user_pool_arn = self._resource.attr_arn
        self.user_pool_provider_name = self._resource.attr_provider_name
        self.user_pool_provider_url = self._resource.attr_provider_url

    # -- imports ------------------------------------------------------------------------------------------------
    @staticmethod
    def from_user_pool_id(scope: Construct, id: str, user_pool_id: str) -> IUserPool:
        """An existing pool in the stack's account and region, by id."""
        arn = Stack.of(scope).format_arn(
            service="cognito-idp", resource="userpool", resource_name=user_pool_id
        )
        return UserPool.from_user_pool_arn(scope, id, arn)

    @staticmethod
    def from_user_pool_arn(scope: Construct, id: str, user_pool_arn: str) -> IUserPool:
        """An existing pool, by ARN (its account and region are the ARN's).

        Raises:
            ValidationError: the ARN has no resource name.
        """
        parts = Stack.of(scope).split_arn(user_pool_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parts.resource_name:
            raise ValidationError("invalid user pool ARN", scope)
        return _ImportedUserPool(scope, id, user_pool_arn, parts.resource_name, parts.account, parts.region)

    # -- triggers -----------------------------------------------------------------------------------------------
    def add_trigger(
        self, operation: UserPoolOperation, fn: IFunction, lambda_version: LambdaVersion | None = None
    ) -> None:
        """Attach a Lambda trigger to ``operation`` (and let Cognito invoke it).

        Args:
            operation: the operation.
            fn: the function.
            lambda_version: the request version (``PRE_TOKEN_GENERATION_CONFIG`` only for V2_0/V3_0; default V1_0).

        Raises:
            ValidationError: the operation has a trigger already; a V2_0/V3_0 version for another operation; a
                custom sender without ``custom_sender_kms_key``.
        """
        name = operation.operation_name
        if name in self._triggers:
            raise ValidationError(f"A trigger for the operation {name} already exists.", self)
        if operation is not UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG and lambda_version in (
            LambdaVersion.V2_0,
            LambdaVersion.V3_0,
        ):
            raise ValidationError(
                "Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version.",
                self,
            )
        self._add_lambda_permission(fn, name)
        if name in ("customEmailSender", "customSmsSender"):
            if not self._triggers.get("kmsKeyId"):
                raise ValidationError(
                    "you must specify a KMS key if you are using customSmsSender or customEmailSender.", self
                )
            self._triggers[name] = {"lambdaArn": fn.function_arn, "lambdaVersion": LambdaVersion.V1_0.value}
        elif name == "preTokenGenerationConfig":
            version = lambda_version or LambdaVersion.V1_0
            self._triggers[name] = {"lambdaArn": fn.function_arn, "lambdaVersion": version.value}
        else:
            self._triggers[name] = fn.function_arn

    def _render_lambda_config(self) -> CfnUserPool.LambdaConfigProperty | None:
        # aws-cdk-lib renders the config through the L1's property renderer, which keeps only the keys its
        # schema knows (an operation from ``UserPoolOperation.of`` it does not know is dropped)
        fields = {}
        for name, value in self._triggers.items():
            snake = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)
            if snake in _LAMBDA_CONFIG_FIELDS:
                fields[snake] = value
        if not fields:
            return None
        return CfnUserPool.LambdaConfigProperty(**fields)

    def _add_lambda_permission(self, fn: IFunction, name: str) -> None:
        from l2 import iam

        fn.add_permission(
            f"{name[:1].upper()}{name[1:]}Cognito",
            principal=iam.ServicePrincipal(_COGNITO_PRINCIPAL),
            source_arn=Lazy.string(lambda: self.user_pool_arn),
            scope=self,
        )

    # -- properties ---------------------------------------------------------------------------------------------
    def _mfa_message(self, message: str | None) -> str | None:
        if message and not Token.is_unresolved(message):
            if _CODE_TEMPLATE not in message:
                raise ValidationError(
                    f"MFA message must contain the template string '{_CODE_TEMPLATE}'", self
                )
            if len(message) > 140:
                raise ValidationError(
                    f"MFA message must be between {len(_CODE_TEMPLATE)} and 140 characters", self
                )
        return message

    def _verification_message(self, config: UserVerificationConfig | None) -> dict[str, Any]:
        style = (config.email_style if config else None) or VerificationEmailStyle.CODE
        subject = config.email_subject if config else None
        if subject is None:
            subject = "Verify your new account"
        sms = config.sms_message if config else None
        if sms is None:
            sms = f"The verification code to your new account is {_CODE_TEMPLATE}"
        body = config.email_body if config else None
        if style is VerificationEmailStyle.CODE:
            if body is None:
                body = f"The verification code to your new account is {_CODE_TEMPLATE}"
            if not Token.is_unresolved(body) and _CODE_TEMPLATE not in body:
                raise ValidationError(
                    f"Verification email body must contain the template string '{_CODE_TEMPLATE}'", self
                )
            if not Token.is_unresolved(sms) and _CODE_TEMPLATE not in sms:
                raise ValidationError(
                    f"SMS message must contain the template string '{_CODE_TEMPLATE}'", self
                )
            return {
                "defaultEmailOption": VerificationEmailStyle.CODE.value,
                "emailMessage": body,
                "emailSubject": subject,
                "smsMessage": sms,
            }
        if body is None:
            body = f"Verify your account by clicking on {_VERIFY_EMAIL_TEMPLATE}"
        if not Token.is_unresolved(body) and not contains_link_template(body):
            raise ValidationError(
                f"Verification email body must contain the template string '{_VERIFY_EMAIL_TEMPLATE}'", self
            )
        return {
            "defaultEmailOption": VerificationEmailStyle.LINK.value,
            "emailMessageByLink": body,
            "emailSubjectByLink": subject,
            "smsMessage": sms,
        }

    def _sign_in(
        self, aliases: SignInAliases | None, auto_verify: AutoVerifiedAttrs | None
    ) -> tuple[list[str] | None, list[str] | None, list[str] | None]:
        sign_in = aliases if aliases is not None else SignInAliases(username=True)
        if sign_in.preferred_username and not sign_in.username:
            raise ValidationError("username signIn must be enabled if preferredUsername is enabled", self)
        alias_attrs: list[str] | None = None
        username_attrs: list[str] | None = None
        if sign_in.username:
            alias_attrs = []
            if sign_in.email:
                alias_attrs.append("email")
            if sign_in.phone:
                alias_attrs.append("phone_number")
            if sign_in.preferred_username:
                alias_attrs.append("preferred_username")
            if not alias_attrs:
                alias_attrs = None
        else:
            username_attrs = []
            if sign_in.email:
                username_attrs.append("email")
            if sign_in.phone:
                username_attrs.append("phone_number")
        auto_verify_attrs: list[str] | None = None
        if auto_verify is not None:
            auto_verify_attrs = []
            if auto_verify.email:
                auto_verify_attrs.append("email")
            if auto_verify.phone:
                auto_verify_attrs.append("phone_number")
        elif sign_in.email or sign_in.phone:
            auto_verify_attrs = []
            if sign_in.email:
                auto_verify_attrs.append("email")
            if sign_in.phone:
                auto_verify_attrs.append("phone_number")
        return alias_attrs, username_attrs, auto_verify_attrs

    def _sms_configuration(
        self,
        enable_sms_role: bool | None,
        sms_role: IRole | None,
        sms_role_external_id: str | None,
        sns_region: str | None,
        mfa: Mfa | None,
        mfa_second_factor: MfaSecondFactor | None,
        aliases: SignInAliases | None,
        auto_verify: AutoVerifiedAttrs | None,
    ) -> dict[str, Any] | None:
        if enable_sms_role is False and sms_role is not None:
            raise ValidationError("enableSmsRole cannot be disabled when smsRole is specified", self)
        if sms_role is not None:
            return {
                "snsCallerArn": sms_role.role_arn,
                "externalId": sms_role_external_id,
                "snsRegion": sns_region,
            }
        if enable_sms_role is False:
            return None
        mfas = self._enabled_mfas(mfa, mfa_second_factor)
        phone_verification = (aliases is not None and aliases.phone is True) or (
            auto_verify is not None and auto_verify.phone is True
        )
        if not ((mfas is not None and "SMS_MFA" in mfas) or phone_verification) and enable_sms_role is None:
            return None
        from l2 import iam

        external_id = Names.unique_id(self)[:1223]
        role = iam.Role(
            self,
            "smsRole",
            assumed_by=iam.ServicePrincipal(
                _COGNITO_PRINCIPAL, conditions={"StringEquals": {"sts:ExternalId": external_id}}
            ),
            inline_policies={
                "sns-publish": iam.PolicyDocument(
                    statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])]
                )
            },
        )
        return {"externalId": external_id, "snsCallerArn": role.role_arn, "snsRegion": sns_region}

    def _enabled_mfas(self, mfa: Mfa | None, second: MfaSecondFactor | None) -> list[str] | None:
        if mfa is None or mfa is Mfa.OFF:
            return None
        if second is None:
            return ["SMS_MFA"]
        enabled = []
        if second.sms:
            enabled.append("SMS_MFA")
        if second.otp:
            enabled.append("SOFTWARE_TOKEN_MFA")
        if second.email:
            if (
                not self._has_email
                or (self._email_configuration or {}).get("emailSendingAccount") != "DEVELOPER"
            ):
                raise ValidationError(
                    "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.",
                    self,
                )
            if self._feature_plan is FeaturePlan.LITE:
                raise ValidationError(
                    "To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.",
                    self,
                )
            enabled.append("EMAIL_OTP")
        return enabled

    def _password_policy(
        self, policy: PasswordPolicy | None, plan: FeaturePlan | None
    ) -> dict[str, Any] | None:
        validity = policy.temp_password_validity if policy else None
        if validity is not None and validity.to_days() > Duration.days(365).to_days():
            raise ValidationError(
                f"tempPasswordValidity cannot be greater than 365 days (received: {_js(validity.to_days())})",
                self,
            )
        min_length = None
        if policy is not None:
            min_length = policy.min_length if policy.min_length is not None else 8
        if min_length is not None and (min_length < 6 or min_length > 99):
            raise ValidationError(
                f"minLength for password must be between 6 and 99 (received: {_js(min_length)})", self
            )
        history = policy.password_history_size if policy else None
        if history is not None:
            if plan is FeaturePlan.LITE:
                raise ValidationError(
                    "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`.", self
                )
            if history < 0 or history > 24:
                raise ValidationError(
                    f"`passwordHistorySize` must be between 0 and 24 (received: {_js(history)}).", self
                )
        return _undefined_if_no_keys(
            {
                "temporaryPasswordValidityDays": validity.to_days(integral=True)
                if validity is not None
                else None,
                "minimumLength": min_length,
                "requireLowercase": policy.require_lowercase if policy else None,
                "requireUppercase": policy.require_uppercase if policy else None,
                "requireNumbers": policy.require_digits if policy else None,
                "requireSymbols": policy.require_symbols if policy else None,
                "passwordHistorySize": history,
            }
        )

    def _sign_in_policy(self, policy: SignInPolicy | None, plan: FeaturePlan | None) -> dict[str, Any] | None:
        factors: list[str] | None = None
        allowed = policy.allowed_first_auth_factors if policy else None
        if allowed is not None:
            if not allowed.password:
                raise ValidationError("The password authentication cannot be disabled.", self)
            factors = ["PASSWORD"]
            if allowed.email_otp:
                factors.append("EMAIL_OTP")
            if allowed.sms_otp:
                factors.append("SMS_OTP")
            if allowed.passkey:
                factors.append("WEB_AUTHN")
        if factors and any(f != "PASSWORD" for f in factors) and plan is FeaturePlan.LITE:
            raise ValidationError(
                "To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` or "
                "`FeaturePlan.PLUS`.",
                self,
            )
        return {"allowedFirstAuthFactors": factors} if factors is not None else None

    def _schema(
        self, standard: StandardAttributes | None, custom: Mapping[str, ICustomAttribute] | None
    ) -> list[dict[str, Any]] | None:
        schema: list[dict[str, Any]] = []
        if standard is not None:
            for f in type(standard).__struct_fields__:  # type: ignore[attr-defined]
                attr = getattr(standard, f.name)
                if not attr:
                    continue
                schema.append(
                    {
                        "name": STANDARD_ATTRIBUTE_NAMES[f.name],
                        "mutable": attr.mutable if attr.mutable is not None else True,
                        "required": attr.required if attr.required is not None else False,
                    }
                )
        if custom is not None:
            for name, attribute in custom.items():
                config = attribute.bind()
                numbers = config.number_constraints
                strings = config.string_constraints
                schema.append(
                    {
                        "name": name,
                        "attributeDataType": config.data_type,
                        "numberAttributeConstraints": (
                            {"minValue": _js_opt(numbers.min), "maxValue": _js_opt(numbers.max)}
                            if numbers
                            else None
                        ),
                        "stringAttributeConstraints": (
                            {"minLength": _js_opt(strings.min_len), "maxLength": _js_opt(strings.max_len)}
                            if strings
                            else None
                        ),
                        "mutable": config.mutable,
                    }
                )
        return schema or None

    def _account_recovery(self, recovery: AccountRecovery | None) -> dict[str, Any] | None:
        recovery = recovery or AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL
        email = {"name": "verified_email", "priority": 1}
        phone = {"name": "verified_phone_number", "priority": 1}
        if recovery is AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA:
            return {"recoveryMechanisms": [email, {**phone, "priority": 2}]}
        if recovery is AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL:
            return {"recoveryMechanisms": [phone, {**email, "priority": 2}]}
        if recovery is AccountRecovery.EMAIL_ONLY:
            return {"recoveryMechanisms": [email]}
        if recovery is AccountRecovery.PHONE_ONLY_WITHOUT_MFA:
            return {"recoveryMechanisms": [phone]}
        if recovery is AccountRecovery.NONE:
            return {"recoveryMechanisms": [{"name": "admin_only", "priority": 1}]}
        return None  # PHONE_AND_EMAIL: Cognito's default

    def _keep_original(self, keep: KeepOriginalAttrs | None) -> dict[str, Any] | None:
        if keep is None:
            return None
        attrs = []
        if keep.email:
            attrs.append("email")
        if keep.phone:
            attrs.append("phone_number")
        return {"attributesRequireVerificationBeforeUpdate": attrs}


def _js(value: int | float) -> str:
    """A number as JavaScript prints it in a template string."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _js_opt(value: int | float | None) -> str | None:
    if value is None:
        return None
    if Token.is_unresolved(value):
        return Token.as_string(value)
    return _js(value)
