"""Amazon Cognito identity pools (aws-cdk-lib: ``aws_cdk.aws_cognito_identitypool``): ``IdentityPool``, user pool
authentication providers, role mappings."""

from constructs.internals import check_public_classes
from l2.cognito_identitypool._identity_pool import IdentityPool, UserPoolAuthenticationProvider
from l2.cognito_identitypool._types import (
    IdentityPoolAmazonLoginProvider,
    IdentityPoolAppleLoginProvider,
    IdentityPoolAuthenticationProviders,
    IdentityPoolFacebookLoginProvider,
    IdentityPoolGoogleLoginProvider,
    IdentityPoolProps,
    IdentityPoolProviderType,
    IdentityPoolProviderUrl,
    IdentityPoolRoleMapping,
    IdentityPoolTwitterLoginProvider,
    IIdentityPool,
    IUserPoolAuthenticationProvider,
    RoleMappingMatchType,
    RoleMappingRule,
    UserPoolAuthenticationProviderBindConfig,
    UserPoolAuthenticationProviderBindOptions,
    UserPoolAuthenticationProviderProps,
)

__all__ = [
    "IIdentityPool",
    "IUserPoolAuthenticationProvider",
    "IdentityPool",
    "IdentityPoolAmazonLoginProvider",
    "IdentityPoolAppleLoginProvider",
    "IdentityPoolAuthenticationProviders",
    "IdentityPoolFacebookLoginProvider",
    "IdentityPoolGoogleLoginProvider",
    "IdentityPoolProps",
    "IdentityPoolProviderType",
    "IdentityPoolProviderUrl",
    "IdentityPoolRoleMapping",
    "IdentityPoolTwitterLoginProvider",
    "RoleMappingMatchType",
    "RoleMappingRule",
    "UserPoolAuthenticationProvider",
    "UserPoolAuthenticationProviderBindConfig",
    "UserPoolAuthenticationProviderBindOptions",
    "UserPoolAuthenticationProviderProps",
]

check_public_classes(globals())
