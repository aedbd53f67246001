"""Port of aws-cdk's integ.user-pool-client-default-redirect-uri.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import OAuthSettings, UserPool

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-user-pool-client-default-redirect-uri")

userpool = UserPool(stack, "myuserpool", removal_policy=RemovalPolicy.DESTROY)
userpool.add_client(
    "myuserpoolclient",
    o_auth=OAuthSettings(
        default_redirect_uri="https://aaa.example.com",
        callback_urls=["https://aaa.example.com", "https://bbb.example.com", "https://ccc.example.com"],
    ),
)

app.synth()
