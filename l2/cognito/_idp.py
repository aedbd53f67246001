"""User pool identity providers: Amazon, Apple, Facebook, Google, OIDC and SAML, and attribute mappings."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Lazy,
    Names,
    Resource,
    SecretValue,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import deprecated, structs
from l1._private.interfaces.cognito import (
    UserPoolIdentityProviderReference as UserPoolIdentityProviderReference,
)
from l1.cognito import CfnUserPoolIdentityProvider
from l2.cognito._attr import STANDARD_ATTRIBUTE_NAMES
from l2.cognito._interfaces import IUserPool, IUserPoolIdentityProvider
from l2.cognito._unicode import is_separator, is_visible

if TYPE_CHECKING:
    pass


class ProviderAttribute:
    """An attribute of a third-party identity provider, mapped to a user pool attribute.

    Args:
        attribute_name: the provider's name for the attribute (such as ``email``).
    """

    APPLE_EMAIL: ProviderAttribute
    APPLE_EMAIL_VERIFIED: ProviderAttribute
    APPLE_NAME: ProviderAttribute
    APPLE_FIRST_NAME: ProviderAttribute
    APPLE_LAST_NAME: ProviderAttribute
    AMAZON_USER_ID: ProviderAttribute
    AMAZON_EMAIL: ProviderAttribute
    AMAZON_NAME: ProviderAttribute
    AMAZON_POSTAL_CODE: ProviderAttribute
    FACEBOOK_ID: ProviderAttribute
    FACEBOOK_BIRTHDAY: ProviderAttribute
    FACEBOOK_EMAIL: ProviderAttribute
    FACEBOOK_NAME: ProviderAttribute
    FACEBOOK_FIRST_NAME: ProviderAttribute
    FACEBOOK_LAST_NAME: ProviderAttribute
    FACEBOOK_MIDDLE_NAME: ProviderAttribute
    FACEBOOK_GENDER: ProviderAttribute
    FACEBOOK_LOCALE: ProviderAttribute
    GOOGLE_NAMES: ProviderAttribute
    GOOGLE_GENDER: ProviderAttribute
    GOOGLE_BIRTHDAYS: ProviderAttribute
    GOOGLE_PHONE_NUMBERS: ProviderAttribute
    GOOGLE_EMAIL: ProviderAttribute
    GOOGLE_EMAIL_VERIFIED: ProviderAttribute
    GOOGLE_NAME: ProviderAttribute
    GOOGLE_PICTURE: ProviderAttribute
    GOOGLE_GIVEN_NAME: ProviderAttribute
    GOOGLE_FAMILY_NAME: ProviderAttribute

    def __init__(self, attribute_name: str) -> None:
        self._attribute_name = attribute_name

    @property
    def attribute_name(self) -> str:
        """The provider's name for the attribute."""
        return self._attribute_name

    @staticmethod
    def other(attribute_name: str) -> ProviderAttribute:
        """An attribute by the provider's name for it."""
        return ProviderAttribute(attribute_name)

    def __repr__(self) -> str:
        return f"ProviderAttribute({self._attribute_name!r})"


for _name, _value in (
    ("APPLE_EMAIL", "email"),
    ("APPLE_EMAIL_VERIFIED", "email_verified"),
    ("APPLE_NAME", "name"),
    ("APPLE_FIRST_NAME", "firstName"),
    ("APPLE_LAST_NAME", "lastName"),
    ("AMAZON_USER_ID", "user_id"),
    ("AMAZON_EMAIL", "email"),
    ("AMAZON_NAME", "name"),
    ("AMAZON_POSTAL_CODE", "postal_code"),
    ("FACEBOOK_ID", "id"),
    ("FACEBOOK_BIRTHDAY", "birthday"),
    ("FACEBOOK_EMAIL", "email"),
    ("FACEBOOK_NAME", "name"),
    ("FACEBOOK_FIRST_NAME", "first_name"),
    ("FACEBOOK_LAST_NAME", "last_name"),
    ("FACEBOOK_MIDDLE_NAME", "middle_name"),
    ("FACEBOOK_GENDER", "gender"),
    ("FACEBOOK_LOCALE", "locale"),
    ("GOOGLE_NAMES", "names"),
    ("GOOGLE_GENDER", "gender"),
    ("GOOGLE_BIRTHDAYS", "birthdays"),
    ("GOOGLE_PHONE_NUMBERS", "phoneNumbers"),
    ("GOOGLE_EMAIL", "email"),
    ("GOOGLE_EMAIL_VERIFIED", "email_verified"),
    ("GOOGLE_NAME", "name"),
    ("GOOGLE_PICTURE", "picture"),
    ("GOOGLE_GIVEN_NAME", "given_name"),
    ("GOOGLE_FAMILY_NAME", "family_name"),
):
    setattr(ProviderAttribute, _name, ProviderAttribute(_value))


@structs.frozen(kw_only=True)
class AttributeMapping:
    """Which provider attribute fills each user pool attribute (each default not mapped).

    Args:
        address: ``address``.
        birthdate: ``birthdate``.
        custom: custom attributes by their user pool name (``custom:<name>``).
        email: ``email``.
        email_verified: ``email_verified``.
        family_name: ``family_name``.
        fullname: ``name``.
        gender: ``gender``.
        given_name: ``given_name``.
        last_update_time: ``updated_at``.
        locale: ``locale``.
        middle_name: ``middle_name``.
        nickname: ``nickname``.
        phone_number: ``phone_number``.
        preferred_username: ``preferred_username``.
        profile_page: ``profile``.
        profile_picture: ``picture``.
        timezone: ``zoneinfo``.
        website: ``website``.
    """

    address: ProviderAttribute | None = None
    birthdate: ProviderAttribute | None = None
    custom: Mapping[str, ProviderAttribute] | None = None
    email: ProviderAttribute | None = None
    email_verified: ProviderAttribute | None = None
    family_name: ProviderAttribute | None = None
    fullname: ProviderAttribute | None = None
    gender: ProviderAttribute | None = None
    given_name: ProviderAttribute | None = None
    last_update_time: ProviderAttribute | None = None
    locale: ProviderAttribute | None = None
    middle_name: ProviderAttribute | None = None
    nickname: ProviderAttribute | None = None
    phone_number: ProviderAttribute | None = None
    preferred_username: ProviderAttribute | None = None
    profile_page: ProviderAttribute | None = None
    profile_picture: ProviderAttribute | None = None
    timezone: ProviderAttribute | None = None
    website: ProviderAttribute | None = None


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderProps:
    """What every identity provider takes.

    Args:
        user_pool: the user pool the provider is added to.
        attribute_mapping: the attribute mapping (default none).
    """

    user_pool: IUserPool
    attribute_mapping: AttributeMapping | None = None


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderAmazonProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderAmazon`` (see ``UserPoolIdentityProviderAmazon`` for each keyword)."""

    client_id: str
    client_secret: str
    scopes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderAppleProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderApple`` (see ``UserPoolIdentityProviderApple`` for each keyword)."""

    client_id: str
    key_id: str
    team_id: str
    private_key: str | None = None
    private_key_value: SecretValue | None = None
    scopes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderFacebookProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderFacebook`` (see ``UserPoolIdentityProviderFacebook`` for each keyword)."""

    client_id: str
    client_secret: str
    api_version: str | None = None
    scopes: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderGoogleProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderGoogle`` (see ``UserPoolIdentityProviderGoogle`` for each keyword)."""

    client_id: str
    client_secret: str | None = None
    client_secret_value: SecretValue | None = None
    scopes: Sequence[str] | None = None


class OidcAttributeRequestMethod(enum.Enum):
    """How Cognito requests an OIDC provider's user attributes."""

    GET = "GET"
    POST = "POST"


@structs.frozen(kw_only=True)
class OidcEndpoints:
    """An OIDC provider's endpoints (default discovered from the issuer).

    Args:
        authorization: the authorization endpoint.
        jwks_uri: the JWKS URI.
        token: the token endpoint.
        user_info: the user info endpoint.
    """

    authorization: str
    jwks_uri: str
    token: str
    user_info: str


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderOidcProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderOidc`` (see ``UserPoolIdentityProviderOidc`` for each keyword)."""

    client_id: str
    client_secret: str
    issuer_url: str
    attribute_request_method: OidcAttributeRequestMethod | None = None
    endpoints: OidcEndpoints | None = None
    identifiers: Sequence[str] | None = None
    name: str | None = None
    scopes: Sequence[str] | None = None


class SigningAlgorithm(enum.Enum):
    """How SAML requests are signed."""

    RSA_SHA256 = "rsa-sha256"


class UserPoolIdentityProviderSamlMetadataType(enum.Enum):
    """Where a SAML provider's metadata comes from."""

    URL = "url"
    FILE = "file"


class UserPoolIdentityProviderSamlMetadata:
    """A SAML provider's metadata: ``url`` or ``file``.

    Args:
        metadata_content: the metadata document's URL, or the document itself.
        metadata_type: whether ``metadata_content`` is a URL or a file's content.
    """

    def __init__(
        self, metadata_content: str, metadata_type: UserPoolIdentityProviderSamlMetadataType
    ) -> None:
        self.metadata_content = metadata_content
        self.metadata_type = metadata_type

    @staticmethod
    def url(url: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata read from a URL."""
        return UserPoolIdentityProviderSamlMetadata(url, UserPoolIdentityProviderSamlMetadataType.URL)

    @staticmethod
    def file(file_content: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata given as the document's content."""
        return UserPoolIdentityProviderSamlMetadata(
            file_content, UserPoolIdentityProviderSamlMetadataType.FILE
        )


@structs.frozen(kw_only=True)
class UserPoolIdentityProviderSamlProps(UserPoolIdentityProviderProps):
    """The properties of a ``UserPoolIdentityProviderSaml`` (see ``UserPoolIdentityProviderSaml`` for each keyword)."""

    metadata: UserPoolIdentityProviderSamlMetadata
    encrypted_responses: bool | None = None
    identifiers: Sequence[str] | None = None
    idp_initiated: bool | None = None
    idp_signout: bool | None = None
    name: str | None = None
    request_signing_algorithm: SigningAlgorithm | None = None


class _ImportedProvider(Resource):
    def __init__(self, scope: Construct, id: str, provider_name: str) -> None:
        super().__init__(scope, id)
        self.provider_name = provider_name

    @property
    def user_pool_identity_provider_ref(self) -> UserPoolIdentityProviderReference:
        raise UnscopedValidationError("userPoolId is not available on imported UserPoolIdentityProvider.")


class UserPoolIdentityProvider:
    """Imports of identity providers."""

    @staticmethod
    def from_provider_name(scope: Construct, id: str, provider_name: str) -> IUserPoolIdentityProvider:
        """An existing identity provider, by name."""
        return _ImportedProvider(scope, id, provider_name)


class _ProviderBase(Resource):
    provider_name: str

    def __init__(
        self, scope: Construct, id: str, user_pool: IUserPool, mapping: AttributeMapping | None
    ) -> None:
        super().__init__(scope, id)
        self._user_pool = user_pool
        self._mapping = mapping

    @property
    def user_pool_identity_provider_ref(self) -> UserPoolIdentityProviderReference:
        """The provider's pool id and name."""
        return UserPoolIdentityProviderReference(
            user_pool_id=self._user_pool.user_pool_id, provider_name=self.provider_name
        )

    def _attribute_mapping(self) -> dict[str, str] | None:
        if self._mapping is None:
            return None
        mapping: dict[str, str] = {}
        for f in type(self._mapping).__struct_fields__:  # type: ignore[attr-defined]
            value = getattr(self._mapping, f.name)
            if value is None or f.name == "custom":
                continue
            mapping[STANDARD_ATTRIBUTE_NAMES[f.name]] = value.attribute_name
        for key, value in (self._mapping.custom or {}).items():
            mapping[key] = value.attribute_name
        return mapping or None

    def _create(self, provider_name: str, provider_type: str, details: dict[str, Any], **extra: Any) -> None:
        resource = CfnUserPoolIdentityProvider(
            self,
            "Resource",
            user_pool_id=self._user_pool.user_pool_id,
            provider_name=provider_name,
            provider_type=provider_type,
            # a token: the L1 checks ProviderDetails as a map of strings, aws-cdk-lib passes SAML's booleans through
            provider_details=Lazy.any(lambda: {k: v for k, v in details.items() if v is not None}),
            attribute_mapping=self._attribute_mapping(),
            **extra,
        )
        self.provider_name = self.get_resource_name_attribute(resource.ref)
        self._user_pool.register_identity_provider(self)


class UserPoolIdentityProviderAmazon(_ProviderBase):
    """Login with Amazon as an identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        client_id: the app's client id.
        client_secret: the app's client secret.
        scopes: the scopes requested (default ``profile``).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderAmazon"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        self._create(
            "LoginWithAmazon",
            "LoginWithAmazon",
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "authorize_scopes": " ".join(scopes if scopes is not None else ["profile"]),
            },
        )


class UserPoolIdentityProviderApple(_ProviderBase):
    """Sign in with Apple as an identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        client_id: the services id.
        key_id: the private key's id.
        team_id: the Apple team id.
        private_key: the private key (exactly one of it and ``private_key_value``).
        private_key_value: the private key as a ``SecretValue``.
        scopes: the scopes requested (default ``name``).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderApple"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        key_id: str,
        team_id: str,
        private_key: str | None = None,
        private_key_value: SecretValue | None = None,
        scopes: Sequence[str] | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        if private_key is not None:
            deprecated(
                "aws-cdk-lib.aws_cognito.UserPoolIdentityProviderAppleProps#privateKey", "use privateKeyValue"
            )
        if bool(private_key) == bool(private_key_value):
            raise ValidationError(
                'Exactly one of "privateKey" or "privateKeyValue" must be configured.', self
            )
        self._create(
            "SignInWithApple",
            "SignInWithApple",
            {
                "client_id": client_id,
                "team_id": team_id,
                "key_id": key_id,
                "private_key": private_key_value.unsafe_unwrap() if private_key_value else private_key,
                "authorize_scopes": " ".join(scopes if scopes is not None else ["name"]),
            },
        )


class UserPoolIdentityProviderFacebook(_ProviderBase):
    """Facebook as an identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        client_id: the app id.
        client_secret: the app secret.
        api_version: the Graph API version (default the service's).
        scopes: the scopes requested (default ``public_profile``).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderFacebook"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str,
        api_version: str | None = None,
        scopes: Sequence[str] | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        self._create(
            "Facebook",
            "Facebook",
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "authorize_scopes": ",".join(scopes if scopes is not None else ["public_profile"]),
                "api_version": api_version,
            },
        )


class UserPoolIdentityProviderGoogle(_ProviderBase):
    """Google as an identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        client_id: the client id.
        client_secret: the client secret (exactly one of it and ``client_secret_value``).
        client_secret_value: the client secret as a ``SecretValue``.
        scopes: the scopes requested (default ``profile``).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderGoogle"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str | None = None,
        client_secret_value: SecretValue | None = None,
        scopes: Sequence[str] | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        if client_secret is not None:
            deprecated(
                "aws-cdk-lib.aws_cognito.UserPoolIdentityProviderGoogleProps#clientSecret",
                "use clientSecretValue instead",
            )
        if bool(client_secret) == bool(client_secret_value):
            raise ValidationError(
                'Exactly one of "clientSecret" or "clientSecretValue" must be configured.', self
            )
        self._create(
            "Google",
            "Google",
            {
                "client_id": client_id,
                "client_secret": client_secret_value.unsafe_unwrap()
                if client_secret_value
                else client_secret,
                "authorize_scopes": " ".join(scopes if scopes is not None else ["profile"]),
            },
        )


class UserPoolIdentityProviderOidc(_ProviderBase):
    """An OpenID Connect identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        client_id: the client id.
        client_secret: the client secret.
        issuer_url: the issuer URL.
        attribute_request_method: how attributes are requested (default ``GET``).
        endpoints: the endpoints (default discovered from the issuer).
        identifiers: identifiers users can be routed to the provider with.
        name: the provider's name (3 to 32 characters; default derived from the construct path).
        scopes: the scopes requested (default ``openid``).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderOidc"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        client_id: str,
        client_secret: str,
        issuer_url: str,
        attribute_request_method: OidcAttributeRequestMethod | None = None,
        endpoints: OidcEndpoints | None = None,
        identifiers: Sequence[str] | None = None,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        method = attribute_request_method or OidcAttributeRequestMethod.GET
        self._create(
            self._provider_name(name),
            "OIDC",
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "authorize_scopes": " ".join(scopes if scopes is not None else ["openid"]),
                "attributes_request_method": method.value,
                "oidc_issuer": issuer_url,
                "authorize_url": endpoints.authorization if endpoints else None,
                "token_url": endpoints.token if endpoints else None,
                "attributes_url": endpoints.user_info if endpoints else None,
                "jwks_uri": endpoints.jwks_uri if endpoints else None,
            },
            idp_identifiers=list(identifiers) if identifiers is not None else None,
        )

    def _provider_name(self, name: str | None) -> str:
        if name:
            if not Token.is_unresolved(name) and not 3 <= len(name) <= 32:
                raise ValidationError(
                    f"Expected provider name to be between 3 and 32 characters, received {name} ({len(name)} "
                    "characters)",
                    self,
                )
            if not _oidc_name_ok(name):
                raise ValidationError(
                    f"Expected provider name must match [^_p{{Z}}][p{{L}}p{{M}}p{{S}}p{{N}}p{{P}}][^_p{{Z}}]+, "
                    f"received {name}",
                    self,
                )
            return name
        unique = Names.unique_id(self)
        if len(unique) < 3:
            return f"{unique}oidc"
        if len(unique) > 32:
            return unique[:16] + unique[-16:]
        return unique


def _oidc_name_ok(name: str) -> bool:
    """``/^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$/u``."""
    if len(name) < 3:
        return False

    def edge(ch: str) -> bool:
        return ch != "_" and not is_separator(ch) and ch != "\n"

    return edge(name[0]) and is_visible(name[1]) and all(edge(ch) for ch in name[2:])


class UserPoolIdentityProviderSaml(_ProviderBase):
    """A SAML identity provider.

    Args:
        scope: the parent construct.
        id: the construct id.
        metadata: the provider's metadata (URL or file).
        encrypted_responses: require encrypted SAML assertions (default ``False``).
        identifiers: identifiers users can be routed to the provider with.
        idp_initiated: allow IdP-initiated sign-in (default ``False``).
        idp_signout: sign users out of the IdP too (default ``False``).
        name: the provider's name (3 to 32 characters; default derived from the construct path).
        request_signing_algorithm: sign SAML requests with this algorithm (default unsigned).
        user_pool: the user pool.
        attribute_mapping: the attribute mapping (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolIdentityProviderSaml"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        metadata: UserPoolIdentityProviderSamlMetadata,
        encrypted_responses: bool | None = None,
        identifiers: Sequence[str] | None = None,
        idp_initiated: bool | None = None,
        idp_signout: bool | None = None,
        name: str | None = None,
        request_signing_algorithm: SigningAlgorithm | None = None,
        user_pool: IUserPool,
        attribute_mapping: AttributeMapping | None = None,
    ) -> None:
        super().__init__(scope, id, user_pool, attribute_mapping)
        self._validate_name(name)
        is_url = metadata.metadata_type is UserPoolIdentityProviderSamlMetadataType.URL
        self._create(
            self._provider_name(name),
            "SAML",
            {
                "IDPSignout": idp_signout if idp_signout is not None else False,
                "MetadataURL": metadata.metadata_content if is_url else None,
                "MetadataFile": None if is_url else metadata.metadata_content,
                "EncryptedResponses": encrypted_responses,
                "RequestSigningAlgorithm": (
                    request_signing_algorithm.value if request_signing_algorithm is not None else None
                ),
                "IDPInit": idp_initiated,
            },
            idp_identifiers=list(identifiers) if identifiers is not None else None,
        )

    def _provider_name(self, name: str | None) -> str:
        if name:
            self._validate_name(name)
            return name
        unique = Names.unique_resource_name(self, max_length=32)
        return f"{unique}saml" if len(unique) < 3 else unique

    def _validate_name(self, name: str | None) -> None:
        if name and not Token.is_unresolved(name) and not 3 <= len(name) <= 32:
            raise ValidationError(
                f"Expected provider name to be between 3 and 32 characters, received {name} ({len(name)} characters)",
                self,
            )
