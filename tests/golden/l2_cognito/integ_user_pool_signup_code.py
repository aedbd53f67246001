"""Port of aws-cdk's integ.user-pool-signup-code.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AutoVerifiedAttrs,
    PasswordPolicy,
    UserPool,
    UserPoolClient,
    UserVerificationConfig,
    VerificationEmailStyle,
)

app = App()
stack = Stack(app, "integ-user-pool-signup-code")

userpool = UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyUserPool",
    auto_verify=AutoVerifiedAttrs(email=True, phone=True),
    self_sign_up_enabled=True,
    user_verification=UserVerificationConfig(
        email_style=VerificationEmailStyle.CODE,
        email_subject="integ-test: Verify your account",
        email_body="integ-test: Account verification code is {####}",
        sms_message="integ-test: Account verification code is {####}",
    ),
    password_policy=PasswordPolicy(
        require_uppercase=False, require_lowercase=False, require_digits=False, require_symbols=False
    ),
)
client = UserPoolClient(
    stack, "myuserpoolclient", user_pool=userpool, user_pool_client_name="signup-test", generate_secret=False
)

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)
CfnOutput(stack, "client-id", value=client.user_pool_client_id)

app.synth()
