"""Port of aws-cdk's integ.user-pool-idp.saml.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    CognitoDomainOptions,
    UserPool,
    UserPoolIdentityProviderSaml,
    UserPoolIdentityProviderSamlMetadata,
)
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        userpool = UserPool(self, "pool", removal_policy=RemovalPolicy.DESTROY)
        UserPoolIdentityProviderSaml(
            self,
            "cdk",
            user_pool=userpool,
            name="cdk",
            metadata=UserPoolIdentityProviderSamlMetadata.url("https://fujifish.github.io/samling/public/metadata.xml"),
        )
        client = userpool.add_client("client")
        domain = userpool.add_domain("domain", cognito_domain=CognitoDomainOptions(domain_prefix="cdk-test-pool"))
        CfnOutput(self, "SignInLink", value=domain.sign_in_url(client, redirect_uri="https://example.com"))


app = App()
TestStack(app, "integ-user-pool-identity-provider-saml-stack")
app.synth()
