"""Port of aws-cdk integ.provider-with-waiter-state-machine-custom-role.ts: one given role for all framework
functions of a provider with an is-complete handler. ``IntegTest`` dropped."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import ManagedPolicy, Role, ServicePrincipal
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.custom_resources import Provider
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        on_event_handler = Function(
            self, "OnEvent", code=Code.from_inline("foo"), handler="index.onEvent", runtime=Runtime.NODEJS_LATEST
        )
        is_complete_handler = Function(
            self, "IsComplete", code=Code.from_inline("foo"), handler="index.isComplete", runtime=Runtime.NODEJS_LATEST
        )
        Provider(
            self,
            "MyProviderWithCustomRole",
            role=Role(
                self,
                "MyRole",
                assumed_by=ServicePrincipal("lambda.amazonaws.com"),
                managed_policies=[ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
            ),
            on_event_handler=on_event_handler,
            is_complete_handler=is_complete_handler,
        )


app = App()
TestStack(app, "integ-provider-with-waiter-state-machine-custom-role")
app.synth()
