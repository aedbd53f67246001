"""Port of aws-cdk's integ.user-pool-passwordless.ts (2.275 takes the first factors in ``sign_in_policy``)."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import AllowedFirstAuthFactors, PasskeyUserVerification, SignInPolicy, UserPool

app = App()
stack = Stack(app, "integ-user-pool-passwordless")

userpool = UserPool(
    stack,
    "myuserpool",
    sign_in_policy=SignInPolicy(
        allowed_first_auth_factors=AllowedFirstAuthFactors(password=True, email_otp=True, passkey=True)
    ),
    passkey_relying_party_id="example.com",
    passkey_user_verification=PasskeyUserVerification.REQUIRED,
    removal_policy=RemovalPolicy.DESTROY,
    deletion_protection=False,
)

CfnOutput(stack, "user-pool-passwordless", value=userpool.user_pool_id)

app.synth()
