"""Port of aws-cdk's integ.user-pool-client-analytics.ts: Pinpoint analytics on a client (2.275: ``application``)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import AnalyticsConfiguration, UserPool
from aws_cdk.aws_pinpoint import CfnApp
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        pinpoint_app = CfnApp(self, "PinpointApp", name="MyPinpointApp")
        pinpoint_app.apply_removal_policy(RemovalPolicy.DESTROY)
        user_pool = UserPool(self, "Pool", removal_policy=RemovalPolicy.DESTROY)
        user_pool.add_client(
            "Client", generate_secret=True, analytics=AnalyticsConfiguration(application=pinpoint_app)
        )


class TestStack2(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        user_pool = UserPool(self, "Pool", removal_policy=RemovalPolicy.DESTROY)
        user_pool.add_client("client", generate_secret=True)


app = App()
TestStack(app, "IntegUserPoolClientAnalytics")
TestStack2(app, "IntegUserPoolClientAnalytics2")
app.synth()
