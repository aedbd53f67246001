"""Port of aws-cdk's integ.user-pool-link-custom-placeholder.ts: a link email with its own link text."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool, UserVerificationConfig, VerificationEmailStyle

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-user-pool-link-custom-placeholder")

userpool = UserPool(
    stack,
    "myuserpool",
    user_pool_name="MyUserPool",
    removal_policy=RemovalPolicy.DESTROY,
    deletion_protection=False,
    user_verification=UserVerificationConfig(
        email_style=VerificationEmailStyle.LINK,
        email_subject="Invite to join our awesome app!",
        email_body="You have been invited to join our awesome app! {##Click here to verify your email##}",
    ),
)

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)

app.synth()
