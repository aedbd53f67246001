"""Port of aws-cdk's integ.user-pool-mfa-email.ts (a fixed domain for its DOMAIN_NAME variable)."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import AdvancedSecurityMode, Mfa, MfaSecondFactor, UserPool, UserPoolEmail

domain_name = "example.com"

app = App()
stack = Stack(app, "integ-user-email-mfa")

userpool = UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyUserPool",
    email=UserPoolEmail.with_ses(
        ses_region="us-east-1",
        from_email=f"noreply@{domain_name}",
        from_name="myname@mycompany.com",
        reply_to=f"support@{domain_name}",
        ses_verified_domain=domain_name,
    ),
    mfa=Mfa.REQUIRED,
    mfa_second_factor=MfaSecondFactor(sms=True, otp=False, email=True),
    advanced_security_mode=AdvancedSecurityMode.ENFORCED,
)

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)

app.synth()
