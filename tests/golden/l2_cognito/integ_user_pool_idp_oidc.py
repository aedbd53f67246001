"""Port of aws-cdk's integ.user-pool-idp.oidc.ts: an OIDC provider with endpoints, scopes and a mapping."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AttributeMapping,
    CognitoDomainOptions,
    OidcEndpoints,
    ProviderAttribute,
    UserPool,
    UserPoolIdentityProviderOidc,
)

app = App()
stack = Stack(app, "integ-user-pool-idp-google")

userpool = UserPool(stack, "pool", removal_policy=RemovalPolicy.DESTROY)

UserPoolIdentityProviderOidc(
    stack,
    "cdk",
    user_pool=userpool,
    name="my-provider",
    client_id="client-id",
    client_secret="client-secret",
    issuer_url="https://www.issuer-url.com",
    endpoints=OidcEndpoints(
        authorization="https://www.issuer-url.com/authorize",
        token="https://www.issuer-url.com/token",
        user_info="https://www.issuer-url.com/userinfo",
        jwks_uri="https://www.issuer-url.com/jwks",
    ),
    scopes=["openid", "phone"],
    attribute_mapping=AttributeMapping(phone_number=ProviderAttribute.other("phone_number")),
)

client = userpool.add_client("client")
domain = userpool.add_domain("domain", cognito_domain=CognitoDomainOptions(domain_prefix="cdk-test-pool"))

CfnOutput(stack, "SignInLink", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

app.synth()
