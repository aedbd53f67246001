"""Port of aws-cdk's integ.user-pool-idp.amazon.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AttributeMapping,
    CognitoDomainOptions,
    ProviderAttribute,
    UserPool,
    UserPoolIdentityProviderAmazon,
)

app = App()
stack = Stack(app, "integ-user-pool-idp-amazon")

userpool = UserPool(stack, "pool", removal_policy=RemovalPolicy.DESTROY)
UserPoolIdentityProviderAmazon(
    stack,
    "amazon",
    user_pool=userpool,
    client_id="amzn-client-id",
    client_secret="amzn-client-secret",
    attribute_mapping=AttributeMapping(given_name=ProviderAttribute.AMAZON_NAME, email=ProviderAttribute.AMAZON_EMAIL),
)
client = userpool.add_client("client")
domain = userpool.add_domain("domain", cognito_domain=CognitoDomainOptions(domain_prefix="nija-test-pool-amzn"))

CfnOutput(stack, "SignInLink", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

app.synth()
