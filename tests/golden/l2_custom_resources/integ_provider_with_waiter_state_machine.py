"""Port of aws-cdk integ.provider-with-waiter-state-machine.ts: providers with an is-complete handler in a VPC
with security groups, one with waiter log options. Adapted: the log options leave out ``level`` (pycdk has no
``aws_stepfunctions.LogLevel`` L2 enum yet; the logging is disabled by default, so it renders nothing either way).
``IntegTest`` dropped."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import SecurityGroup, SubnetSelection, SubnetType, Vpc
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_logs import LogGroup
from aws_cdk.custom_resources import LogOptions, Provider
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = Vpc(self, "Vpc")
        security_group = SecurityGroup(self, "SecurityGroup", vpc=vpc)
        log_group = LogGroup(self, "LogGroup")
        on_event_handler = Function(
            self, "OnEvent", code=Code.from_inline("foo"), handler="index.onEvent", runtime=Runtime.NODEJS_LATEST
        )
        is_complete_handler = Function(
            self, "IsComplete", code=Code.from_inline("foo"), handler="index.isComplete", runtime=Runtime.NODEJS_LATEST
        )
        Provider(
            self,
            "MyProvider",
            on_event_handler=on_event_handler,
            is_complete_handler=is_complete_handler,
            vpc=vpc,
            vpc_subnets=SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS),
            security_groups=[security_group],
            waiter_state_machine_log_options=LogOptions(destination=log_group, include_execution_data=True),
        )
        Provider(
            self,
            "MyProviderWithoutLogOptions",
            on_event_handler=on_event_handler,
            is_complete_handler=is_complete_handler,
            vpc=vpc,
            vpc_subnets=SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS),
            security_groups=[security_group],
        )


app = App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    }
)
TestStack(app, "integ-provider-with-waiter-state-machine")
app.synth()
