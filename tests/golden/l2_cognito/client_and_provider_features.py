"""App client, domain and identity provider options the integ tests leave out."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ClientFeatures")

pool = cognito.UserPool(stack, "Pool", self_sign_up_enabled=True)

# providers: Facebook with an API version, Google with a plain secret, OIDC and SAML with generated names
facebook = cognito.UserPoolIdentityProviderFacebook(
    stack,
    "Facebook",
    user_pool=pool,
    client_id="fb-id",
    client_secret="fb-secret",
    api_version="v17.0",
    scopes=["public_profile", "email"],
    attribute_mapping=cognito.AttributeMapping(
        email=cognito.ProviderAttribute.FACEBOOK_EMAIL,
        birthdate=cognito.ProviderAttribute.FACEBOOK_BIRTHDAY,
        locale=cognito.ProviderAttribute.FACEBOOK_LOCALE,
        fullname=cognito.ProviderAttribute.FACEBOOK_NAME,
    ),
)
cognito.UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, client_id="g-id", client_secret="g-secret")
oidc = cognito.UserPoolIdentityProviderOidc(
    stack,
    "AVeryLongConstructIdForAnOpenIdConnectProvider",
    user_pool=pool,
    client_id="oidc-id",
    client_secret="oidc-secret",
    issuer_url="https://issuer.example.com",
    attribute_request_method=cognito.OidcAttributeRequestMethod.POST,
    identifiers=["example.com"],
)
saml = cognito.UserPoolIdentityProviderSaml(
    stack,
    "Saml",
    user_pool=pool,
    metadata=cognito.UserPoolIdentityProviderSamlMetadata.file("<xml>metadata</xml>"),
    encrypted_responses=True,
    idp_initiated=True,
    idp_signout=True,
    identifiers=["corp"],
    request_signing_algorithm=cognito.SigningAlgorithm.RSA_SHA256,
    attribute_mapping=cognito.AttributeMapping(
        custom={"custom:department": cognito.ProviderAttribute.other("dept")},
        preferred_username=cognito.ProviderAttribute.other("login"),
    ),
)
cognito.UserPoolIdentityProviderAmazon(
    stack, "Amazon", user_pool=pool, client_id="a-id", client_secret="a-secret", scopes=["profile", "postal_code"]
)

# the default client supports every registered provider
pool.add_client("DefaultClient")

# a client with every token option and explicit providers
analytics_role = iam.Role(stack, "AnalyticsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
server = pool.add_resource_server(
    "Server",
    identifier="https://api.example.com",
    user_pool_resource_server_name="api",
    scopes=[cognito.ResourceServerScope(scope_name="write", scope_description="write access")],
)
client = pool.add_client(
    "FullClient",
    access_token_validity=cdk.Duration.minutes(30),
    id_token_validity=cdk.Duration.hours(2),
    refresh_token_validity=cdk.Duration.days(7),
    refresh_token_rotation_grace_period=cdk.Duration.seconds(30),
    auth_flows=cognito.AuthFlow(user_srp=True, custom=True),
    enable_token_revocation=True,
    prevent_user_existence_errors=False,
    supported_identity_providers=[
        cognito.UserPoolClientIdentityProvider.COGNITO,
        cognito.UserPoolClientIdentityProvider.FACEBOOK,
        cognito.UserPoolClientIdentityProvider.custom(oidc.provider_name),
    ],
    read_attributes=cognito.ClientAttributes()
    .with_standard_attributes(email=True, email_verified=True, phone_number_verified=True)
    .with_custom_attributes("custom:department", "tier"),
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(authorization_code_grant=True),
        scopes=[
            cognito.OAuthScope.EMAIL,
            cognito.OAuthScope.custom("https://api.example.com/read"),
            cognito.OAuthScope.resource_server(
                server, cognito.ResourceServerScope(scope_name="write", scope_description="write access")
            ),
        ],
        callback_urls=["https://app.example.com/cb"],
        logout_urls=["https://app.example.com/bye"],
    ),
    analytics=cognito.AnalyticsConfiguration(
        application_id="0123456789abcdef", external_id="ext", role=analytics_role, share_user_data=True
    ),
)
implicit = pool.add_client(
    "ImplicitClient",
    user_pool_client_name="implicit",
    o_auth=cognito.OAuthSettings(flows=cognito.OAuthFlows(implicit_code_grant=True), scopes=[cognito.OAuthScope.PHONE]),
    auth_flows=cognito.AuthFlow(user_password=True, admin_user_password=True, user=True),
)
pool.add_client("NoOAuthClient", disable_o_auth=True, auth_flows=cognito.AuthFlow())

# domains: custom (L1 certificate) and Cognito, URLs with every option
certificate = acm.CfnCertificate(stack, "Certificate", domain_name="auth.example.com")
custom = pool.add_domain(
    "CustomDomain",
    custom_domain=cognito.CustomDomainOptions(domain_name="auth.example.com", certificate=certificate),
    managed_login_version=cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
)
hosted = cognito.UserPoolDomain(
    stack, "HostedDomain", user_pool=pool, cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-app")
)

group_role = iam.Role(stack, "GroupRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
pool.add_group("Admins", group_name="admins", description="Administrators", precedence=1, role=group_role)
pool.add_group("Readers")

cdk.CfnOutput(stack, "CustomBase", value=custom.base_url())
cdk.CfnOutput(stack, "CustomSignIn", value=custom.sign_in_url(client, redirect_uri="https://app.example.com/cb"))
cdk.CfnOutput(stack, "HostedFips", value=hosted.base_url(fips=True))
cdk.CfnOutput(
    stack,
    "HostedSignIn",
    value=hosted.sign_in_url(implicit, redirect_uri="https://example.com", sign_in_path="/oauth2/authorize", fips=True),
)
cdk.CfnOutput(stack, "ClientName", value=implicit.user_pool_client_name)
cdk.CfnOutput(stack, "FacebookName", value=facebook.provider_name)
cdk.CfnOutput(stack, "SamlName", value=saml.provider_name)
cdk.CfnOutput(stack, "ServerId", value=server.user_pool_resource_server_id)

app.synth()
