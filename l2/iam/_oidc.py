"""OpenID Connect providers: ``OidcProviderNative`` (``AWS::IAM::OIDCProvider``) and its principal."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    Construct,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    FeatureFlags,
    RemovalPolicy,
    Resource,
    Token,
    ValidationError,
)
from l1._private.interfaces.iam import IOIDCProviderRef
from l1.iam import CfnOIDCProvider

from ._principals import PrincipalPolicyFragment, WebIdentityPrincipal
from ._refs import OIDCProviderReference

_HEX_RE = re.compile(r"^[0-9a-fA-F]+$")


@runtime_checkable
class IOpenIdConnectProvider(IOIDCProviderRef, Protocol):
    """An OpenID Connect provider: its ARN and issuer."""

    @property
    def open_id_connect_provider_arn(self) -> str: ...

    @property
    def open_id_connect_provider_issuer(self) -> str: ...


@runtime_checkable
class IOidcProvider(IOpenIdConnectProvider, Protocol):
    """An OpenID Connect provider (native resource): its ARN and issuer."""

    @property
    def oidc_provider_arn(self) -> str: ...

    @property
    def oidc_provider_issuer(self) -> str: ...


class _OidcBase(Resource):
    oidc_provider_arn: str
    oidc_provider_issuer: str

    @property
    def open_id_connect_provider_arn(self) -> str:
        """The provider's ARN (same as ``oidc_provider_arn``)."""
        return self.oidc_provider_arn

    @property
    def open_id_connect_provider_issuer(self) -> str:
        """The provider's issuer (same as ``oidc_provider_issuer``)."""
        return self.oidc_provider_issuer

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """The provider's ARN."""
        return OIDCProviderReference(oidc_provider_arn=self.oidc_provider_arn)


class _ImportedOidcProvider(_OidcBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.oidc_provider_arn = arn
        self.oidc_provider_issuer = Arn.extract_resource_name(arn, "oidc-provider")


class OidcProviderNative(_OidcBase):
    """An IAM OpenID Connect identity provider (``AWS::IAM::OIDCProvider``, no custom resource).

    Args:
        url: the provider's URL (``https://...``, no port).
        client_ids: the client ids (audiences), at most 100, each at most 255 characters.
        oidc_provider_name: a physical name for the construct (not rendered: the resource has no name).
        removal_policy: what happens to the provider when it leaves the stack.
        thumbprints: up to 5 hexadecimal SHA-1 thumbprints (40 characters) of the provider's certificates.

    Raises:
        ValidationError: ``url`` does not start with ``https://``; too many or too long client ids; too many
            thumbprints, or one not 40 hexadecimal characters.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.OidcProviderNative"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        url: str,
        client_ids: Sequence[str] | None = None,
        oidc_provider_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        thumbprints: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=oidc_provider_name)
        if not Token.is_unresolved(url) and not url.startswith("https://"):  # e.g. an EKS cluster's issuer token
            raise ValidationError("The URL of the identity provider must start with https://", scope)
        if client_ids is not None and len(client_ids) > 100:
            raise ValidationError("The maximum number of clients that can be registered is 100", scope)
        if client_ids and any(len(c) > 255 for c in client_ids):
            raise ValidationError("The maximum length of a client ID is 255 characters", scope)
        if thumbprints is not None and len(thumbprints) > 5:
            raise ValidationError("The maximum number of thumbprints is 5", scope)
        if thumbprints and any(len(t) != 40 for t in thumbprints):
            raise ValidationError("The length of a thumbprint must be 40 characters", scope)
        if thumbprints and any(not _HEX_RE.match(t) for t in thumbprints):
            raise ValidationError("All thumbprints must be in hexadecimal format", scope)
        self._resource = CfnOIDCProvider(
            self,
            "Resource",
            url=url,
            client_id_list=list(client_ids) if client_ids is not None else None,
            thumbprint_list=list(thumbprints) if thumbprints is not None else None,
        )
        if removal_policy is not None:
            self._resource.apply_removal_policy(removal_policy)
        self.oidc_provider_arn: str = self._resource.ref
        self.oidc_provider_issuer: str = Arn.extract_resource_name(self.oidc_provider_arn, "oidc-provider")
        self.oidc_provider_thumbprints: str = Token.as_string(list(thumbprints) if thumbprints is not None else None)

    @staticmethod
    def from_oidc_provider_arn(scope: Construct, id: str, oidc_provider_arn: str) -> IOidcProvider:
        """Refer to an existing OIDC provider by ARN."""
        return _ImportedOidcProvider(scope, id, oidc_provider_arn)


class OpenIdConnectPrincipal(WebIdentityPrincipal):
    """An OpenID Connect provider as principal; trust action ``sts:AssumeRoleWithWebIdentity``.

    Args:
        open_id_connect_provider: the provider.
        conditions: conditions for statements naming this principal.
    """

    def __init__(
        self, open_id_connect_provider: IOpenIdConnectProvider, conditions: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(open_id_connect_provider.open_id_connect_provider_arn, conditions or {})

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Federated": [self.federated]}, self.conditions)

    def to_string(self) -> str:
        return f"OpenIdConnectPrincipal({self.federated})"


_PROVIDER_TYPE = "Custom::AWSCDKOpenIdConnectProvider"
OIDC_REJECT_UNAUTHORIZED_CONNECTIONS = "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections"
_HANDLER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_handlers", "oidc_provider")


class _ImportedOpenIdConnectProvider(Resource):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.open_id_connect_provider_arn = arn
        self.open_id_connect_provider_issuer = Arn.extract_resource_name(arn, "oidc-provider")

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        return OIDCProviderReference(oidc_provider_arn=self.open_id_connect_provider_arn)


class OpenIdConnectProvider(Resource):
    """An IAM OpenID Connect provider managed by a custom resource (``Custom::AWSCDKOpenIdConnectProvider``).

    Unlike ``OidcProviderNative``, the provider computes the thumbprint of the issuer's certificate when none is
    given. pycdk ships its own (Python) handler; the provider is shared by the stack.

    Args:
        url: the issuer URL (``https://...``).
        client_ids: the client ids (audiences).
        removal_policy: what happens to the provider when it leaves the stack (default: destroy).
        thumbprints: SHA-1 thumbprints of the issuer's certificates (default: computed at deployment).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.OpenIdConnectProvider"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        url: str,
        client_ids: Sequence[str] | None = None,
        removal_policy: RemovalPolicy | None = None,
        thumbprints: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        provider = CustomResourceProvider.get_or_create_provider(
            self,
            _PROVIDER_TYPE,
            code_directory=_HANDLER_DIR,
            runtime=CustomResourceProviderRuntime.PYTHON_3_13,
            handler="index.handler",
            use_cfn_response_wrapper=False,
            policy_statements=[{
                "Effect": "Allow",
                "Resource": "*",
                "Action": [
                    "iam:CreateOpenIDConnectProvider",
                    "iam:DeleteOpenIDConnectProvider",
                    "iam:UpdateOpenIDConnectProviderThumbprint",
                    "iam:AddClientIDToOpenIDConnectProvider",
                    "iam:RemoveClientIDFromOpenIDConnectProvider",
                ],
            }],
        )
        properties: dict[str, Any] = {}
        if client_ids is not None:
            properties["ClientIDList"] = list(client_ids)
        if thumbprints is not None:
            properties["ThumbprintList"] = list(thumbprints)
        properties["Url"] = url
        properties["RejectUnauthorized"] = FeatureFlags.of(self).is_enabled(OIDC_REJECT_UNAUTHORIZED_CONNECTIONS)
        properties["CodeHash"] = provider.code_hash
        self._resource = CustomResource(
            self,
            "Resource",
            resource_type=_PROVIDER_TYPE,
            service_token=provider.service_token,
            properties=properties,
            removal_policy=removal_policy,
        )
        self.open_id_connect_provider_arn: str = Token.as_string(self._resource.ref)
        self.open_id_connect_provider_issuer: str = Arn.extract_resource_name(
            self.open_id_connect_provider_arn, "oidc-provider"
        )

    @property
    def open_id_connect_providerthumbprints(self) -> str:
        """The thumbprints (``Fn::GetAtt`` of the custom resource; read on access, as aws-cdk-lib's getter)."""
        return Token.as_string(self._resource.get_att("Thumbprints"))

    @staticmethod
    def from_open_id_connect_provider_arn(
        scope: Construct, id: str, open_id_connect_provider_arn: str
    ) -> IOpenIdConnectProvider:
        """Refer to an existing OpenID Connect provider by ARN."""
        return _ImportedOpenIdConnectProvider(scope, id, open_id_connect_provider_arn)

    @property
    def oidc_provider_ref(self) -> OIDCProviderReference:
        """The provider's ARN."""
        return OIDCProviderReference(oidc_provider_arn=self.open_id_connect_provider_arn)
