"""Port of aws-cdk's integ.user-pool-client-enable-propagate-additional-data.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        userpool = UserPool(self, "pool", removal_policy=RemovalPolicy.DESTROY)
        userpool.add_client("client", generate_secret=True, enable_propagate_additional_user_context_data=True)


app = App()
TestStack(app, "integ-user-pool-client-enable-propagate-additional-data")
app.synth()
