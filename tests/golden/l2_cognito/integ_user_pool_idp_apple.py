"""Port of aws-cdk's integ.user-pool-idp.apple.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AttributeMapping,
    CognitoDomainOptions,
    ProviderAttribute,
    UserPool,
    UserPoolIdentityProviderApple,
)

app = App()
stack = Stack(app, "integ-user-pool-idp-apple")

userpool = UserPool(stack, "pool", removal_policy=RemovalPolicy.DESTROY)
UserPoolIdentityProviderApple(
    stack,
    "apple",
    user_pool=userpool,
    client_id="com.amzn.cdk",
    team_id="CDKTEAMCDK",
    key_id="CDKKEYCDK1",
    private_key="PRIV_KEY_CDK",
    scopes=["email", "name"],
    attribute_mapping=AttributeMapping(
        family_name=ProviderAttribute.APPLE_LAST_NAME, given_name=ProviderAttribute.APPLE_FIRST_NAME
    ),
)
client = userpool.add_client("client")
domain = userpool.add_domain("domain", cognito_domain=CognitoDomainOptions(domain_prefix="nija-test-pool"))

CfnOutput(stack, "SignInLink", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

app.synth()
