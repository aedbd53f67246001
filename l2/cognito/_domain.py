"""``UserPoolDomain``: a Cognito-hosted or custom domain for a user pool's sign-in pages."""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Resource, Stack, Token, UnscopedValidationError, ValidationError
from constructs.internals import deprecated, structs
from l1._private.interfaces.cognito import UserPoolDomainReference as UserPoolDomainReference
from l1.cognito import CfnUserPool, CfnUserPoolDomain
from l2.cognito._interfaces import IUserPool, IUserPoolDomain, pool_id

if TYPE_CHECKING:
    from l1.certificatemanager import CfnCertificate
    from l2.cognito._client import UserPoolClient
    from l2.custom_resources import AwsCustomResource


@runtime_checkable
class ICertificate(Protocol):
    """An ACM certificate (aws-cdk-lib's ``ICertificate``): anything with ``certificate_arn``."""

    @property
    def certificate_arn(self) -> str:
        """The certificate's ARN."""
        ...


class ManagedLoginVersion(enum.Enum):
    """Which sign-in pages the domain serves."""

    CLASSIC_HOSTED_UI = 1
    NEWER_MANAGED_LOGIN = 2


@structs.frozen(kw_only=True)
class CognitoDomainOptions:
    """A domain under ``amazoncognito.com``.

    Args:
        domain_prefix: the prefix (lowercase letters, digits and hyphens).
    """

    domain_prefix: str


@structs.frozen(kw_only=True)
class CustomDomainOptions:
    """A custom domain.

    Args:
        certificate: its ACM certificate in us-east-1 (an ``ICertificate``, or the L1 ``CfnCertificate``).
        domain_name: the domain name.
    """

    certificate: ICertificate | CfnCertificate
    domain_name: str


@structs.frozen(kw_only=True)
class BaseUrlOptions:
    """Options of ``UserPoolDomain.base_url``.

    Args:
        fips: the FIPS endpoint (Cognito domains only; default ``False``).
    """

    fips: bool | None = None


@structs.frozen(kw_only=True)
class SignInUrlOptions(BaseUrlOptions):
    """Options of ``UserPoolDomain.sign_in_url``.

    Args:
        redirect_uri: where users go after signing in (one of the client's callback URLs).
        sign_in_path: the sign-in path (default ``/login``).
    """

    redirect_uri: str
    sign_in_path: str | None = None


@structs.frozen(kw_only=True)
class UserPoolDomainOptions:
    """Options of ``UserPool.add_domain`` (exactly one of ``cognito_domain`` and ``custom_domain``).

    Args:
        cognito_domain: a domain under ``amazoncognito.com``.
        custom_domain: a custom domain.
        managed_login_version: which sign-in pages (default the service's: classic hosted UI).
    """

    cognito_domain: CognitoDomainOptions | None = None
    custom_domain: CustomDomainOptions | None = None
    managed_login_version: ManagedLoginVersion | None = None


@structs.frozen(kw_only=True)
class UserPoolDomainProps(UserPoolDomainOptions):
    """The properties of a ``UserPoolDomain`` (see ``UserPoolDomain`` for each keyword)."""

    user_pool: IUserPool | CfnUserPool


class _ImportedDomain(Resource):
    def __init__(self, scope: Construct, id: str, domain_name: str) -> None:
        super().__init__(scope, id)
        self.domain_name = domain_name

    @property
    def user_pool_domain_ref(self) -> UserPoolDomainReference:
        raise UnscopedValidationError("userPoolDomainRef is not available on imported UserPoolDomain.")


class UserPoolDomain(Resource):
    """A domain for a user pool's sign-in pages.

    Args:
        scope: the parent construct.
        id: the construct id.
        user_pool: the user pool.
        cognito_domain: a domain under ``amazoncognito.com``.
        custom_domain: a custom domain (exactly one of the two).
        managed_login_version: which sign-in pages (default the service's: classic hosted UI).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolDomain"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool | CfnUserPool,
        cognito_domain: CognitoDomainOptions | None = None,
        custom_domain: CustomDomainOptions | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._user_pool = user_pool
        if (custom_domain is None) == (cognito_domain is None):
            raise ValidationError(
                "One of, and only one of, cognitoDomain or customDomain must be specified", self
            )
        prefix = cognito_domain.domain_prefix if cognito_domain is not None else None
        if prefix and not Token.is_unresolved(prefix) and not re.fullmatch(r"[a-z0-9-]+", prefix):
            raise ValidationError(
                "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens",
                self,
            )
        self._is_cognito_domain = cognito_domain is not None
        domain = prefix or (custom_domain.domain_name if custom_domain is not None else "")
        self._resource = CfnUserPoolDomain(
            self,
            "Resource",
            user_pool_id=pool_id(user_pool),
            domain=domain,
            custom_domain_config=(
                {"certificateArn": _certificate_arn(custom_domain.certificate)}
                if custom_domain is not None
                else None
            ),
            managed_login_version=managed_login_version.value if managed_login_version is not None else None,
        )
        self.domain_name: str = self._resource.ref
        self._cloud_front_resource: AwsCustomResource | None = None

    @staticmethod
    def from_domain_name(scope: Construct, id: str, user_pool_domain_name: str) -> IUserPoolDomain:
        """An existing domain, by name."""
        return _ImportedDomain(scope, id, user_pool_domain_name)

    @property
    def user_pool_domain_ref(self) -> UserPoolDomainReference:
        """The domain's pool id and domain."""
        return UserPoolDomainReference(user_pool_id=pool_id(self._user_pool), domain=self.domain_name)

    @property
    def cloud_front_endpoint(self) -> str:
        """The CloudFront distribution's domain name (the ``CloudFrontDistribution`` attribute)."""
        return self._resource.get_att("CloudFrontDistribution").to_string()

    @property
    def cloud_front_domain_name(self) -> str:
        """Deprecated (use ``cloud_front_endpoint``): the distribution's domain name, read by a custom resource."""
        deprecated(
            "aws-cdk-lib.aws_cognito.UserPoolDomain#cloudFrontDomainName",
            "use `cloudFrontEndpoint` method instead.",
            method=True,
        )
        if self._cloud_front_resource is None:
            from l2 import custom_resources as cr
            from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

            def call() -> cr.AwsSdkCall:
                return sdk_call_in_key_order(
                    cr.AwsSdkCall(
                        service="CognitoIdentityServiceProvider",
                        action="describeUserPoolDomain",
                        parameters={"Domain": self.domain_name},
                        physical_resource_id=cr.PhysicalResourceId.of(self.domain_name),
                    ),
                    "service",
                    "action",
                    "parameters",
                    "physicalResourceId",
                )

            self._cloud_front_resource = cr.AwsCustomResource(
                self,
                "CloudFrontDomainName",
                resource_type="Custom::UserPoolCloudFrontDomainName",
                on_create=call(),
                on_update=call(),
                policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=["*"]),
                install_latest_aws_sdk=False,
            )
        return self._cloud_front_resource.get_response_field("DomainDescription.CloudFrontDistribution")

    def base_url(self, *, fips: bool | None = None) -> str:
        """``https://<prefix>.auth[-fips].<region>.amazoncognito.com`` or ``https://<custom domain>``."""
        if self._is_cognito_domain:
            auth = "auth" + ("-fips" if fips else "")
            return f"https://{self.domain_name}.{auth}.{Stack.of(self).region}.amazoncognito.com"
        return f"https://{self.domain_name}"

    def sign_in_url(
        self,
        client: UserPoolClient,
        *,
        redirect_uri: str,
        sign_in_path: str | None = None,
        fips: bool | None = None,
    ) -> str:
        """The sign-in URL of ``client`` (code grant, else implicit grant).

        Raises:
            ValidationError: the client has neither the code nor the implicit grant.
        """
        if client.o_auth_flows.authorization_code_grant:
            response_type = "code"
        elif client.o_auth_flows.implicit_code_grant:
            response_type = "token"
        else:
            raise ValidationError(
                "signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant flow "
                "enabled",
                self,
            )
        path = sign_in_path if sign_in_path is not None else "/login"
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib passes its options on (``this.baseUrl(options)``): the keys given, in jsii's order
        analytics_call(self, "baseUrl", [{k: v for k, v in (("fips", fips), ("redirect_uri", redirect_uri),
                                                             ("sign_in_path", sign_in_path)) if v is not None}])
        with analytics_quiet():
            base_url = self.base_url(fips=fips)
        return (
            f"{base_url}{path}?client_id={client.user_pool_client_id}"
            f"&response_type={response_type}&redirect_uri={redirect_uri}"
        )


def _certificate_arn(certificate: ICertificate | CfnCertificate) -> str:
    # an ACM certificate L2 has certificate_arn; aws-cdk-lib also takes the L1 (whose certificateRef is its Ref)
    arn = getattr(certificate, "certificate_arn", None)
    if isinstance(arn, str):
        return arn
    ref = getattr(certificate, "certificate_ref", None)
    if ref is not None:
        return str(ref.certificate_arn)
    return str(getattr(certificate, "ref"))  # noqa: B009 - an L1 certificate
