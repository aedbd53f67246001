"""Port of aws-cdk's integ.user-pool-client-secret.ts: the client secret read by a custom resource."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.aws_cognito import UserPool
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        userpool = UserPool(self, "pool", removal_policy=RemovalPolicy.DESTROY)
        client = userpool.add_client("client", generate_secret=True)
        secret = secretsmanager.Secret(self, "secret", secret_string_value=client.user_pool_client_secret)
        CfnOutput(self, "ClientSecretName", value=secret.secret_name)


app = App()
TestStack(app, "integ-user-pool-client-secret")
app.synth()
