"""``UserPoolClient``: an app client of a user pool, its OAuth settings, auth flows and token validity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Duration,
    FeatureFlags,
    Resource,
    SecretValue,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.cognito import UserPoolClientReference as UserPoolClientReference
from l1.cognito import CfnUserPool, CfnUserPoolClient
from l2.cognito._attr import ClientAttributes
from l2.cognito._interfaces import IUserPool, IUserPoolClient, IUserPoolResourceServer, pool_arn, pool_id
from l2.cognito._unicode import all_visible

if TYPE_CHECKING:
    from l1.pinpoint import CfnApp
    from l2.cognito._resource_server import ResourceServerScope
    from l2.iam import IRole

_LOG_SECRET_FLAG = "@aws-cdk/cognito:logUserPoolClientSecretValue"


class OAuthScope:
    """An OAuth scope an app client may request.

    Args:
        scope_name: the scope's name (``openid``, ``email``... or ``<resource server id>/<scope>``).
    """

    PHONE: OAuthScope
    EMAIL: OAuthScope
    OPENID: OAuthScope
    PROFILE: OAuthScope
    COGNITO_ADMIN: OAuthScope

    def __init__(self, scope_name: str) -> None:
        self._scope_name = scope_name

    @property
    def scope_name(self) -> str:
        """The scope's name."""
        return self._scope_name

    @staticmethod
    def custom(name: str) -> OAuthScope:
        """A scope by name (e.g. ``<resource server>/<scope>``)."""
        return OAuthScope(name)

    @staticmethod
    def resource_server(server: IUserPoolResourceServer, scope: ResourceServerScope) -> OAuthScope:
        """A scope of a resource server (``<server id>/<scope name>``)."""
        return OAuthScope(f"{server.user_pool_resource_server_id}/{scope.scope_name}")

    def __repr__(self) -> str:
        return f"OAuthScope({self._scope_name!r})"


OAuthScope.PHONE = OAuthScope("phone")
OAuthScope.EMAIL = OAuthScope("email")
OAuthScope.OPENID = OAuthScope("openid")
OAuthScope.PROFILE = OAuthScope("profile")
OAuthScope.COGNITO_ADMIN = OAuthScope("aws.cognito.signin.user.admin")


class UserPoolClientIdentityProvider:
    """An identity provider an app client supports.

    Args:
        name: the provider's name as the user pool knows it (``COGNITO``, ``Google``... or a custom provider's name).
    """

    APPLE: UserPoolClientIdentityProvider
    FACEBOOK: UserPoolClientIdentityProvider
    GOOGLE: UserPoolClientIdentityProvider
    AMAZON: UserPoolClientIdentityProvider
    COGNITO: UserPoolClientIdentityProvider

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        """The provider's name."""
        return self._name

    @staticmethod
    def custom(name: str) -> UserPoolClientIdentityProvider:
        """A provider by name (an OIDC or SAML provider's name)."""
        return UserPoolClientIdentityProvider(name)

    def __repr__(self) -> str:
        return f"UserPoolClientIdentityProvider({self._name!r})"


UserPoolClientIdentityProvider.APPLE = UserPoolClientIdentityProvider("SignInWithApple")
UserPoolClientIdentityProvider.FACEBOOK = UserPoolClientIdentityProvider("Facebook")
UserPoolClientIdentityProvider.GOOGLE = UserPoolClientIdentityProvider("Google")
UserPoolClientIdentityProvider.AMAZON = UserPoolClientIdentityProvider("LoginWithAmazon")
UserPoolClientIdentityProvider.COGNITO = UserPoolClientIdentityProvider("COGNITO")


@structs.frozen(kw_only=True)
class AuthFlow:
    """The authentication flows an app client allows (each default ``False``; refresh tokens always).

    Args:
        admin_user_password: ``ALLOW_ADMIN_USER_PASSWORD_AUTH``.
        custom: ``ALLOW_CUSTOM_AUTH``.
        user: ``ALLOW_USER_AUTH`` (choice-based).
        user_password: ``ALLOW_USER_PASSWORD_AUTH``.
        user_srp: ``ALLOW_USER_SRP_AUTH``.
    """

    admin_user_password: bool | None = None
    custom: bool | None = None
    user: bool | None = None
    user_password: bool | None = None
    user_srp: bool | None = None


@structs.frozen(kw_only=True)
class OAuthFlows:
    """The OAuth flows an app client allows.

    Args:
        authorization_code_grant: the authorization code grant (default ``False``).
        client_credentials: client credentials (not with the code or implicit grants; default ``False``).
        implicit_code_grant: the implicit grant (default ``False``).
    """

    authorization_code_grant: bool | None = None
    client_credentials: bool | None = None
    implicit_code_grant: bool | None = None


@structs.frozen(kw_only=True)
class OAuthSettings:
    """An app client's OAuth settings.

    Args:
        callback_urls: where users go after signing in (default ``https://example.com`` for the code and implicit
            grants).
        default_redirect_uri: the default redirect URI (one of ``callback_urls``).
        flows: the OAuth flows (default the code and implicit grants).
        logout_urls: where users go after signing out.
        scopes: the OAuth scopes (default every standard scope).
    """

    callback_urls: Sequence[str] | None = None
    default_redirect_uri: str | None = None
    flows: OAuthFlows | None = None
    logout_urls: Sequence[str] | None = None
    scopes: Sequence[OAuthScope] | None = None


@structs.frozen(kw_only=True)
class AnalyticsConfiguration:
    """Pinpoint analytics of an app client (``application``, or all of ``application_id``, ``external_id``, ``role``).

    Args:
        application: the Pinpoint application.
        application_id: the Pinpoint application id.
        external_id: the external id of ``role``.
        role: the role Cognito publishes events with.
        share_user_data: include user data in the events.
    """

    application: CfnApp | None = None
    application_id: str | None = None
    external_id: str | None = None
    role: IRole | None = None
    share_user_data: bool | None = None


@structs.frozen(kw_only=True)
class UserPoolClientOptions:
    """Options of ``UserPool.add_client`` (see ``UserPoolClient`` for each keyword)."""

    access_token_validity: Duration | None = None
    analytics: AnalyticsConfiguration | None = None
    auth_flows: AuthFlow | None = None
    auth_session_validity: Duration | None = None
    disable_o_auth: bool | None = None
    enable_propagate_additional_user_context_data: bool | None = None
    enable_token_revocation: bool | None = None
    generate_secret: bool | None = None
    id_token_validity: Duration | None = None
    o_auth: OAuthSettings | None = None
    prevent_user_existence_errors: bool | None = None
    read_attributes: ClientAttributes | None = None
    refresh_token_rotation_grace_period: Duration | None = None
    refresh_token_validity: Duration | None = None
    supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None
    user_pool_client_name: str | None = None
    write_attributes: ClientAttributes | None = None


@structs.frozen(kw_only=True)
class UserPoolClientProps(UserPoolClientOptions):
    """The properties of a ``UserPoolClient``."""

    user_pool: IUserPool | CfnUserPool


class _ImportedClient(Resource):
    def __init__(self, scope: Construct, id: str, client_id: str) -> None:
        super().__init__(scope, id)
        self.user_pool_client_id = client_id

    @property
    def user_pool_client_secret(self) -> SecretValue:
        raise ValidationError("UserPool Client Secret is not available for imported Clients", self)

    @property
    def user_pool_client_ref(self) -> UserPoolClientReference:
        raise UnscopedValidationError("userPoolId is not available on UserPoolClient.fromUserPoolClientId().")


_REDIRECT_URI = re.compile(r"^.{1,1024}$", re.DOTALL)


class UserPoolClient(Resource):
    """An app client of a user pool.

    Args:
        scope: the parent construct.
        id: the construct id.
        user_pool: the user pool.
        access_token_validity: 5 minutes to 1 day (default the service's: 1 hour).
        analytics: Pinpoint analytics.
        auth_flows: the authentication flows (default the service's).
        auth_session_validity: 3 to 15 minutes (default the service's: 3 minutes).
        disable_o_auth: turn OAuth off (default ``False``).
        enable_propagate_additional_user_context_data: propagate context data for threat protection (needs a
            secret).
        enable_token_revocation: allow refresh token revocation (default the service's: on).
        generate_secret: generate a client secret (default ``False``).
        id_token_validity: 5 minutes to 1 day (default the service's: 1 hour).
        o_auth: the OAuth settings.
        prevent_user_existence_errors: hide whether a user exists (default the service's).
        read_attributes: the attributes the client may read (default all).
        refresh_token_rotation_grace_period: turn refresh token rotation on, with this grace period (0 s to 60 s).
        refresh_token_validity: 60 minutes to 10 years (default the service's: 30 days).
        supported_identity_providers: the providers (default Cognito and every provider registered with the pool).
        user_pool_client_name: a name (default none).
        write_attributes: the attributes the client may write (default all).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolClient"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool | CfnUserPool,
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
    ) -> None:
        super().__init__(scope, id)
        self._user_pool = user_pool
        if disable_o_auth and o_auth is not None:
            raise ValidationError("OAuth settings cannot be specified when disableOAuth is set.", self)
        flows = o_auth.flows if o_auth is not None else None
        self.o_auth_flows: OAuthFlows = (
            flows
            if flows is not None
            else OAuthFlows(implicit_code_grant=True, authorization_code_grant=True)
        )
        callback_urls = (
            list(o_auth.callback_urls) if o_auth is not None and o_auth.callback_urls is not None else None
        )
        if self.o_auth_flows.authorization_code_grant or self.o_auth_flows.implicit_code_grant:
            if callback_urls is None:
                callback_urls = ["https://example.com"]
            elif not callback_urls:
                raise ValidationError(
                    "callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled.",
                    self,
                )
        default_redirect = o_auth.default_redirect_uri if o_auth is not None else None
        if default_redirect and not Token.is_unresolved(default_redirect):
            if callback_urls and default_redirect not in callback_urls:
                raise ValidationError("defaultRedirectUri must be included in callbackUrls.", self)
            if not (_REDIRECT_URI.match(default_redirect) and all_visible(default_redirect)):
                raise ValidationError(
                    "defaultRedirectUri must match the `^(?=.{1,1024}$)[p{L}p{M}p{S}p{N}p{P}]+$` pattern, got "
                    f"{default_redirect}",
                    self,
                )
        if not generate_secret and enable_propagate_additional_user_context_data:
            raise ValidationError(
                "Cannot activate enablePropagateAdditionalUserContextData in an app client without a client secret.",
                self,
            )
        self._generate_secret = generate_secret
        self._user_pool_client_secret: SecretValue | None = None
        self._resource = CfnUserPoolClient(
            self,
            "Resource",
            client_name=user_pool_client_name,
            generate_secret=generate_secret,
            user_pool_id=pool_id(user_pool),
            explicit_auth_flows=self._auth_flows(auth_flows, refresh_token_rotation_grace_period),
            allowed_o_auth_flows=None if disable_o_auth else self._o_auth_flows(),
            allowed_o_auth_scopes=None if disable_o_auth else self._o_auth_scopes(o_auth),
            default_redirect_uri=default_redirect,
            callback_ur_ls=callback_urls if callback_urls and not disable_o_auth else None,
            logout_ur_ls=list(o_auth.logout_urls)
            if o_auth is not None and o_auth.logout_urls is not None
            else None,
            allowed_o_auth_flows_user_pool_client=not disable_o_auth,
            prevent_user_existence_errors=(
                None
                if prevent_user_existence_errors is None
                else "ENABLED"
                if prevent_user_existence_errors
                else "LEGACY"
            ),
            supported_identity_providers=self._identity_providers(user_pool, supported_identity_providers),
            read_attributes=read_attributes.attributes() if read_attributes is not None else None,
            write_attributes=write_attributes.attributes() if write_attributes is not None else None,
            enable_token_revocation=enable_token_revocation,
            enable_propagate_additional_user_context_data=enable_propagate_additional_user_context_data,
            analytics_configuration=self._analytics(analytics) if analytics is not None else None,
        )
        self._validate_duration(
            "authSessionValidity", Duration.minutes(3), Duration.minutes(15), auth_session_validity
        )
        if auth_session_validity:
            self._resource.auth_session_validity = auth_session_validity.to_minutes()
        self._token_validity(id_token_validity, access_token_validity, refresh_token_validity)
        if refresh_token_rotation_grace_period:
            self._validate_duration(
                "refreshTokenRotationGracePeriod",
                Duration.seconds(0),
                Duration.minutes(1),
                refresh_token_rotation_grace_period,
            )
            self._resource.refresh_token_rotation = {
                "feature": "ENABLED",
                "retryGracePeriodSeconds": refresh_token_rotation_grace_period.to_seconds(),
            }
        self.user_pool_client_id: str = self._resource.ref
        self._user_pool_client_name = user_pool_client_name

    @staticmethod
    def from_user_pool_client_id(scope: Construct, id: str, user_pool_client_id: str) -> IUserPoolClient:
        """An existing app client, by id."""
        return _ImportedClient(scope, id, user_pool_client_id)

    @property
    def user_pool_client_ref(self) -> UserPoolClientReference:
        """The client's pool id and client id."""
        return UserPoolClientReference(
            user_pool_id=pool_id(self._user_pool), client_id=self.user_pool_client_id
        )

    @property
    def user_pool_client_name(self) -> str:
        """The client's name.

        Raises:
            ValidationError: no ``user_pool_client_name`` was given.
        """
        if self._user_pool_client_name is None:
            raise ValidationError(
                "userPoolClientName is available only if specified on the UserPoolClient during initialization",
                self,
            )
        return self._user_pool_client_name

    @property
    def user_pool_client_secret(self) -> SecretValue:
        """The client secret, read by a custom resource (``DescribeUserPoolClient``) created on first use.

        Raises:
            ValidationError: the client has no secret (``generate_secret`` not set).
        """
        if not self._generate_secret:
            raise ValidationError(
                "userPoolClientSecret is available only if generateSecret is set to true.", self
            )
        if self._user_pool_client_secret is None:
            from l2 import custom_resources as cr
            from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

            log_secret = FeatureFlags.of(self).is_enabled(_LOG_SECRET_FLAG)
            resource = cr.AwsCustomResource(
                self,
                "DescribeCognitoUserPoolClient",
                resource_type="Custom::DescribeCognitoUserPoolClient",
                on_update=sdk_call_in_key_order(
                    cr.AwsSdkCall(
                        region=Stack.of(self).region,
                        service="CognitoIdentityServiceProvider",
                        action="describeUserPoolClient",
                        parameters={
                            "UserPoolId": pool_id(self._user_pool),
                            "ClientId": self.user_pool_client_id,
                        },
                        physical_resource_id=cr.PhysicalResourceId.of(self.user_pool_client_id),
                        logging=None if log_secret else cr.Logging.with_data_hidden(),
                    ),
                    "region",
                    "service",
                    "action",
                    "parameters",
                    "physicalResourceId",
                ),
                policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=[pool_arn(self._user_pool)]),
                install_latest_aws_sdk=False,
            )
            self._user_pool_client_secret = SecretValue.resource_attribute(
                resource.get_response_field("UserPoolClient.ClientSecret")
            )
        return self._user_pool_client_secret

    # -- rendering ----------------------------------------------------------------------------------------------
    def _auth_flows(self, flows: AuthFlow | None, rotation: Duration | None) -> list[str] | None:
        if flows is None or all(getattr(flows, f.name) is None for f in type(flows).__struct_fields__):  # type: ignore[attr-defined]
            return None
        out = []
        if flows.user_password:
            out.append("ALLOW_USER_PASSWORD_AUTH")
        if flows.admin_user_password:
            out.append("ALLOW_ADMIN_USER_PASSWORD_AUTH")
        if flows.custom:
            out.append("ALLOW_CUSTOM_AUTH")
        if flows.user_srp:
            out.append("ALLOW_USER_SRP_AUTH")
        if flows.user:
            out.append("ALLOW_USER_AUTH")
        if not rotation:
            out.append("ALLOW_REFRESH_TOKEN_AUTH")
        return out

    def _o_auth_flows(self) -> list[str] | None:
        flows = self.o_auth_flows
        if (flows.authorization_code_grant or flows.implicit_code_grant) and flows.client_credentials:
            raise ValidationError(
                "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant.", self
            )
        out = []
        if flows.client_credentials:
            out.append("client_credentials")
        if flows.implicit_code_grant:
            out.append("implicit")
        if flows.authorization_code_grant:
            out.append("code")
        return out or None

    def _o_auth_scopes(self, o_auth: OAuthSettings | None) -> list[str]:
        scopes = o_auth.scopes if o_auth is not None and o_auth.scopes is not None else None
        if scopes is None:
            scopes = [
                OAuthScope.PROFILE,
                OAuthScope.PHONE,
                OAuthScope.EMAIL,
                OAuthScope.OPENID,
                OAuthScope.COGNITO_ADMIN,
            ]
        names = list(dict.fromkeys(s.scope_name for s in scopes))
        if any(s.scope_name in names for s in (OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.PROFILE)):
            if OAuthScope.OPENID.scope_name not in names:
                names.append(OAuthScope.OPENID.scope_name)
        return names

    def _identity_providers(
        self, user_pool: IUserPool | CfnUserPool, supported: Sequence[UserPoolClientIdentityProvider] | None
    ) -> list[str] | None:
        if supported is not None:
            providers = [p.name for p in supported]
        else:
            if not all(
                hasattr(user_pool, a) for a in ("user_pool_id", "user_pool_arn", "user_pool_provider_name")
            ):
                raise UnscopedValidationError(
                    "'userPool' instance should implement IUserPool, but doesn't: " + type(user_pool).__name__
                )
            names = [p.provider_name for p in getattr(user_pool, "identity_providers", [])]
            providers = list(dict.fromkeys([*names, "COGNITO"]))
        return providers or None

    def _token_validity(
        self, id_token: Duration | None, access: Duration | None, refresh: Duration | None
    ) -> None:
        self._validate_duration("idTokenValidity", Duration.minutes(5), Duration.days(1), id_token)
        self._validate_duration("accessTokenValidity", Duration.minutes(5), Duration.days(1), access)
        self._validate_duration(
            "refreshTokenValidity", Duration.minutes(60), Duration.days(10 * 365), refresh
        )
        if refresh:
            self._validate_duration("idTokenValidity", Duration.minutes(5), refresh, id_token)
            self._validate_duration("accessTokenValidity", Duration.minutes(5), refresh, access)
        if access or id_token or refresh:
            self._resource.token_validity_units = {
                "idToken": "minutes" if id_token else None,
                "accessToken": "minutes" if access else None,
                "refreshToken": "minutes" if refresh else None,
            }
        if id_token:
            self._resource.id_token_validity = id_token.to_minutes()
        if refresh:
            self._resource.refresh_token_validity = refresh.to_minutes()
        if access:
            self._resource.access_token_validity = access.to_minutes()

    def _validate_duration(self, name: str, low: Duration, high: Duration, value: Duration | None) -> None:
        if value is not None and (
            value.to_milliseconds() < low.to_milliseconds()
            or value.to_milliseconds() > high.to_milliseconds()
        ):
            raise ValidationError(
                f"{name}: Must be a duration between {low.to_human_string()} and {high.to_human_string()} "
                f"(inclusive); received {value.to_human_string()}.",
                self,
            )

    def _analytics(self, analytics: AnalyticsConfiguration) -> dict[str, Any]:
        if analytics.application and (analytics.application_id or analytics.external_id or analytics.role):
            raise ValidationError(
                "Either `application` or all of `applicationId`, `externalId` and `role` must be specified.",
                self,
            )
        if not analytics.application and (
            not analytics.application_id or not analytics.external_id or not analytics.role
        ):
            raise ValidationError(
                "Either all of `applicationId`, `externalId` and `role` must be specified or `application` must be "
                "specified.",
                self,
            )
        return {
            "applicationArn": analytics.application.attr_arn if analytics.application else None,
            "applicationId": analytics.application_id,
            "externalId": analytics.external_id,
            "roleArn": analytics.role.role_arn if analytics.role else None,
            "userDataShared": analytics.share_user_data,
        }
