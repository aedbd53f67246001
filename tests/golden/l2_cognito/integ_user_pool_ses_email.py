"""Port of aws-cdk's integ.user-pool-ses-email.ts: SES email, a quoted sender name and a punycoded domain."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool, UserPoolEmail

app = App()
stack = Stack(app, "integ-user-ses-email")

userpool = UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyUserPool",
    email=UserPoolEmail.with_ses(
        ses_region="us-east-1",
        from_email="noreply@example.com",
        from_name="myname@mycompany.com",
        reply_to="support@example.com",
        ses_verified_domain="example.com",
    ),
)
CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)

idn_userpool = UserPool(
    stack,
    "idnuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyIdnUserPool",
    email=UserPoolEmail.with_ses(ses_region="us-east-1", from_email="noreply@ドメイン.テスト"),
)
CfnOutput(stack, "idn-user-pool-id", value=idn_userpool.user_pool_id)

app.synth()
