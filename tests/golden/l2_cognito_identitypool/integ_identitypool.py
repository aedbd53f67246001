"""Port of aws-cdk's integ.identitypool.ts: user pool providers (new and imported), login providers, role mappings."""

from aws_cdk import App, SecretValue, Stack
from aws_cdk.aws_cognito import (
    AttributeMapping,
    ProviderAttribute,
    UserPool,
    UserPoolClient,
    UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderGoogle,
)
from aws_cdk.aws_cognito_identitypool import (
    IdentityPool,
    IdentityPoolAmazonLoginProvider,
    IdentityPoolAuthenticationProviders,
    IdentityPoolGoogleLoginProvider,
    IdentityPoolProviderUrl,
    IdentityPoolRoleMapping,
    UserPoolAuthenticationProvider,
)
from aws_cdk.aws_iam import Effect, PolicyStatement

app = App()
stack = Stack(app, "integ-idp")

user_pool = UserPool(stack, "Pool")
UserPoolIdentityProviderGoogle(
    stack,
    "PoolProviderGoogle",
    user_pool=user_pool,
    client_id="google-client-id",
    client_secret_value=SecretValue("google-client-secret-value"),
    attribute_mapping=AttributeMapping(
        given_name=ProviderAttribute.GOOGLE_GIVEN_NAME,
        family_name=ProviderAttribute.GOOGLE_FAMILY_NAME,
        email=ProviderAttribute.GOOGLE_EMAIL,
        gender=ProviderAttribute.GOOGLE_GENDER,
    ),
)
other_pool = UserPool(stack, "OtherPool")
UserPoolIdentityProviderAmazon(
    stack,
    "OtherPoolProviderAmazon",
    user_pool=other_pool,
    client_id="amzn-client-id",
    client_secret="amzn-client-secret",
    attribute_mapping=AttributeMapping(given_name=ProviderAttribute.AMAZON_NAME, email=ProviderAttribute.AMAZON_EMAIL),
)
client = user_pool.add_client("testClient")
user_pool_to_import = UserPool(stack, "UserPoolToImport")
client_to_import = user_pool_to_import.add_client("clientToImport")
imported_user_pool = UserPool.from_user_pool_arn(stack, "ImportedUserPool", user_pool_to_import.user_pool_arn)
imported_user_pool_client = UserPoolClient.from_user_pool_client_id(
    stack, "ImportedUserPoolClient", client_to_import.user_pool_client_id
)
provider = UserPoolAuthenticationProvider(user_pool=user_pool, user_pool_client=client)
imported_provider = UserPoolAuthenticationProvider(
    user_pool=imported_user_pool, user_pool_client=imported_user_pool_client
)
id_pool = IdentityPool(
    stack,
    "identitypool",
    authentication_providers=IdentityPoolAuthenticationProviders(
        user_pools=[provider, imported_provider],
        amazon=IdentityPoolAmazonLoginProvider(app_id="amzn1.application.12312k3j234j13rjiwuenf"),
        google=IdentityPoolGoogleLoginProvider(client_id="12345678012.apps.googleusercontent.com"),
    ),
    role_mappings=[
        IdentityPoolRoleMapping(
            mapping_key="theKey", provider_url=IdentityPoolProviderUrl.user_pool(user_pool, client), use_token=True
        ),
        IdentityPoolRoleMapping(
            mapping_key="importedUserPool",
            provider_url=IdentityPoolProviderUrl.user_pool(imported_user_pool, imported_user_pool_client),
            use_token=True,
        ),
    ],
    allow_classic_flow=True,
    identity_pool_name="my-id-pool",
)
id_pool.authenticated_role.add_to_principal_policy(
    PolicyStatement(effect=Effect.ALLOW, actions=["dynamodb:*"], resources=["*"])
)
id_pool.unauthenticated_role.add_to_principal_policy(
    PolicyStatement(effect=Effect.ALLOW, actions=["dynamodb:Get*"], resources=["*"])
)
id_pool.add_user_pool_authentication(UserPoolAuthenticationProvider(user_pool=other_pool))

app.synth()
