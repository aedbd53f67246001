"""Identity pool options the integ test leaves out: rule mappings, every login provider, given roles, imports."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_cognito_identitypool as identitypool
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "IdentityPoolFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))

# a pool without providers or mappings: default roles, guests
identitypool.IdentityPool(stack, "Plain", allow_unauthenticated_identities=True)

admin = iam.Role(stack, "Admin", assumed_by=iam.ServicePrincipal("cognito-identity.amazonaws.com"))
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("cognito-identity.amazonaws.com"))
oidc = iam.OpenIdConnectProvider(stack, "Oidc", url="https://oidc.example.com", client_ids=["client"])
saml = iam.SamlProvider(
    stack, "Saml", metadata_document=iam.SamlMetadataDocument.from_xml("<EntityDescriptor>" + "x" * 1000 + "</EntityDescriptor>")
)
user_pool = cognito.UserPool(stack, "UserPool")
client = user_pool.add_client("Client")

pool = identitypool.IdentityPool(
    stack,
    "Full",
    authenticated_role=admin,
    authentication_providers=identitypool.IdentityPoolAuthenticationProviders(
        amazon=identitypool.IdentityPoolAmazonLoginProvider(app_id="amzn1.application.abc"),
        apple=identitypool.IdentityPoolAppleLoginProvider(services_id="com.example.app"),
        facebook=identitypool.IdentityPoolFacebookLoginProvider(app_id="1234567890"),
        google=identitypool.IdentityPoolGoogleLoginProvider(client_id="123.apps.googleusercontent.com"),
        twitter=identitypool.IdentityPoolTwitterLoginProvider(consumer_key="key", consumer_secret="secret"),
        custom_provider="login.example.com",
        open_id_connect_providers=[oidc],
        saml_providers=[saml],
        user_pools=[
            identitypool.UserPoolAuthenticationProvider(
                user_pool=user_pool, user_pool_client=client, disable_server_side_token_check=True
            )
        ],
    ),
    role_mappings=[
        identitypool.IdentityPoolRoleMapping(
            provider_url=identitypool.IdentityPoolProviderUrl.FACEBOOK,
            resolve_ambiguous_roles=True,
            rules=[
                identitypool.RoleMappingRule(claim="iss", claim_value="https://graph.facebook.com", mapped_role=admin),
                identitypool.RoleMappingRule(
                    claim="sub",
                    claim_value="reader-",
                    mapped_role=reader,
                    match_type=identitypool.RoleMappingMatchType.STARTS_WITH,
                ),
            ],
        ),
        identitypool.IdentityPoolRoleMapping(
            provider_url=identitypool.IdentityPoolProviderUrl.custom("login.example.com"),
            rules=[
                identitypool.RoleMappingRule(
                    claim="groups",
                    claim_value="admins",
                    mapped_role=admin,
                    match_type=identitypool.RoleMappingMatchType.CONTAINS,
                )
            ],
        ),
        identitypool.IdentityPoolRoleMapping(
            mapping_key="oidc",
            provider_url=identitypool.IdentityPoolProviderUrl.open_id(oidc.open_id_connect_provider_issuer),
            use_token=True,
        ),
        identitypool.IdentityPoolRoleMapping(
            provider_url=identitypool.IdentityPoolProviderUrl.saml("arn:aws:iam::123456789012:saml-provider/corp"),
            rules=[
                identitypool.RoleMappingRule(
                    claim="dept", claim_value="it", mapped_role=reader, match_type=identitypool.RoleMappingMatchType.NOTEQUAL
                )
            ],
        ),
    ],
)

by_id = identitypool.IdentityPool.from_identity_pool_id(stack, "ById", "us-east-1:11111111-2222-3333-4444-555555555555")
by_arn = identitypool.IdentityPool.from_identity_pool_arn(
    stack, "ByArn", "arn:aws:cognito-identity:eu-west-1:210987654321:identitypool/eu-west-1:abcd"
)
cdk.CfnOutput(stack, "ByIdArn", value=by_id.identity_pool_arn)
cdk.CfnOutput(stack, "ByArnId", value=by_arn.identity_pool_id)
cdk.CfnOutput(stack, "Name", value=pool.identity_pool_name)
cdk.CfnOutput(stack, "Arn", value=pool.identity_pool_arn)
cdk.CfnOutput(stack, "Unauthenticated", value=pool.unauthenticated_role.role_arn)
cdk.CfnOutput(stack, "Attachment", value=pool.role_attachment.ref)

app.synth()
