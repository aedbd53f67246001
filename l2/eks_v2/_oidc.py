"""The cluster's OpenID Connect providers: ``OpenIdConnectProvider`` (IAM's custom-resource provider) and
``OidcProviderNative`` (``AWS::IAM::OIDCProvider``), both trusting ``sts.amazonaws.com``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l2.iam import OidcProviderNative as _IamOidcProviderNative
from l2.iam import OpenIdConnectProvider as _IamOpenIdConnectProvider

if TYPE_CHECKING:
    from constructs import Construct, RemovalPolicy


class OpenIdConnectProvider(_IamOpenIdConnectProvider):
    """An IAM OpenID Connect provider for a cluster's issuer URL, with the ``sts.amazonaws.com`` client id.

    Args:
        scope: the scope.
        id: the construct id.
        url: the cluster's OIDC issuer URL.
        removal_policy: the removal policy of the provider.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-eks-v2.OpenIdConnectProvider"
    """The id property injectors use for this class."""

    def __init__(self, scope: Construct, id: str, *, url: str, removal_policy: RemovalPolicy | None = None) -> None:
        super().__init__(scope, id, url=url, client_ids=["sts.amazonaws.com"], removal_policy=removal_policy)


class OidcProviderNative(_IamOidcProviderNative):
    """A native ``AWS::IAM::OIDCProvider`` for a cluster's issuer URL, with the ``sts.amazonaws.com`` client id.

    Args:
        scope: the scope.
        id: the construct id.
        url: the cluster's OIDC issuer URL.
        removal_policy: the removal policy of the provider.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-eks-v2.OidcProviderNative"
    """The id property injectors use for this class."""

    def __init__(self, scope: Construct, id: str, *, url: str, removal_policy: RemovalPolicy | None = None) -> None:
        super().__init__(scope, id, url=url, client_ids=["sts.amazonaws.com"], removal_policy=removal_policy)
