"""Port of aws-cdk's integ.user-pool-domain-signinurl.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import CognitoDomainOptions, OAuthSettings, UserPool

app = App()
stack = Stack(app, "integ-user-pool-domain-signinurl")

userpool = UserPool(stack, "UserPool", removal_policy=RemovalPolicy.DESTROY)
domain = userpool.add_domain("Domain", cognito_domain=CognitoDomainOptions(domain_prefix="cdk-integ-user-pool-domain"))
client = userpool.add_client("UserPoolClient", o_auth=OAuthSettings(callback_urls=["https://example.com"]))

CfnOutput(stack, "SignInUrl", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

app.synth()
