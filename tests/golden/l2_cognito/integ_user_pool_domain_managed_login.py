"""Port of aws-cdk's integ.user-pool-domain-managed-login.ts."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_cognito as cognito

app = App()
stack = Stack(app, "integ-user-pool-domain-managed-login")

userpool = cognito.UserPool(stack, "UserPool", removal_policy=RemovalPolicy.DESTROY)
domain = userpool.add_domain(
    "Domain",
    cognito_domain=cognito.CognitoDomainOptions(domain_prefix="cdk-integ-user-pool-domain"),
    managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
)

CfnOutput(stack, "Domain", value=domain.domain_name)

app.synth()
