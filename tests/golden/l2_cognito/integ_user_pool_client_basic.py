"""Port of aws-cdk's integ.user-pool-client-basic.ts: a client with every default."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        userpool = UserPool(self, "pool", removal_policy=RemovalPolicy.DESTROY)
        userpool.add_client("client")


app = App()
TestStack(app, "integ-user-pool-client-basic")
app.synth()
