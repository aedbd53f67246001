"""Port of aws-cdk's integ.user-pool-signup-link.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AutoVerifiedAttrs,
    CognitoDomainOptions,
    PasswordPolicy,
    UserPool,
    UserPoolClient,
    UserVerificationConfig,
    VerificationEmailStyle,
)

app = App()
stack = Stack(app, "integ-user-pool-signup-link")

userpool = UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyUserPool",
    auto_verify=AutoVerifiedAttrs(email=True, phone=True),
    self_sign_up_enabled=True,
    user_verification=UserVerificationConfig(
        email_style=VerificationEmailStyle.LINK,
        email_subject="integ-test: Verify your account",
        email_body="integ-test: Verify by clicking on {##Verify Email##}",
        sms_message="integ-test: Account verification code is {####}",
    ),
    password_policy=PasswordPolicy(
        require_uppercase=False, require_lowercase=False, require_digits=False, require_symbols=False
    ),
)
client = UserPoolClient(
    stack, "myuserpoolclient", user_pool=userpool, user_pool_client_name="signup-test", generate_secret=False
)
userpool.add_domain(
    "myuserpooldomain", cognito_domain=CognitoDomainOptions(domain_prefix="integ-user-pool-signup-link")
)

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)
CfnOutput(stack, "client-id", value=client.user_pool_client_id)

app.synth()
