"""Port of aws-events integ.eventbus-grants: ``grant_put_events_to`` a function and a state machine's role, with
and without the ``requireEventBusPolicySid`` flag (set per stack), next to an EventBridge PutEvents and an SSM
CallAwsService task. ``IntegTest`` and its assertions dropped; ``STANDARD_NODEJS_RUNTIME`` is ``NODEJS_20_X``."""

import os

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_ssm as ssm
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

FLAG = "@aws-cdk/aws-events:requireEventBusPolicySid"

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
env = cdk.Environment(account=os.environ.get("CDK_DEFAULT_ACCOUNT"), region=os.environ.get("CDK_DEFAULT_REGION"))

stack_with_flag = cdk.Stack(app, "EventBusGrantsTestStackWithFlag", env=env)
stack_with_flag.node.set_context(FLAG, True)
bus_with_flag = events.EventBus(stack_with_flag, "TestEventBus")

stack_without_flag = cdk.Stack(app, "EventBusGrantsTestStackWithoutFlag", env=env)
stack_without_flag.node.set_context(FLAG, False)
bus_without_flag = events.EventBus(stack_without_flag, "TestEventBus")


def create_test_components(stack: cdk.Stack, bus: events.EventBus, suffix: str):
    parameter = ssm.StringParameter(
        stack, f"TestParameter{suffix}", parameter_name=f"EventBusGrantsTest{suffix}", string_value="initial"
    )
    publisher = lambda_.Function(
        stack,
        f"Publisher{suffix}",
        runtime=lambda_.Runtime.NODEJS_20_X,
        handler="index.handler",
        function_name=f"eventbus-grants-{suffix.lower()}-publisher",
        code=lambda_.Code.from_inline(
            "\n      exports.handler = async () => {\n        return { statusCode: 200, body: 'Success' };\n      };\n    "
        ),
        environment={"EVENT_BUS_NAME": bus.event_bus_name},
        timeout=cdk.Duration.seconds(10),
    )
    put_events = tasks.EventBridgePutEvents(
        stack,
        f"PutEvents{suffix}",
        entries=[
            tasks.EventBridgePutEventsEntry(
                detail=sfn.TaskInput.from_object({"test": "event"}),
                detail_type="Test Event",
                source="test.source",
                event_bus=bus,
            )
        ],
        result_path="$.eventResult",
    )
    update_parameter = tasks.CallAwsService(
        stack,
        f"UpdateParameter{suffix}",
        service="ssm",
        action="putParameter",
        parameters={"Name": parameter.parameter_name, "Value": "success", "Type": "String", "Overwrite": True},
        iam_resources=["*"],
    )
    state_machine = sfn.StateMachine(
        stack,
        f"TestStateMachine{suffix}",
        state_machine_name=f"eventbus-grants-{suffix.lower()}-statemachine",
        definition_body=sfn.DefinitionBody.from_chainable(put_events.next(update_parameter)),
        timeout=cdk.Duration.seconds(30),
    )
    return publisher, state_machine, parameter


publisher_with, machine_with, parameter_with = create_test_components(stack_with_flag, bus_with_flag, "WithFlag")
publisher_without, machine_without, _ = create_test_components(stack_without_flag, bus_without_flag, "WithoutFlag")

bus_with_flag.grant_put_events_to(publisher_with)
bus_with_flag.grant_put_events_to(machine_with.role, "StateMachineGrant")
bus_without_flag.grant_put_events_to(publisher_without)
bus_without_flag.grant_put_events_to(machine_without.role)

cdk.CfnOutput(
    stack_with_flag,
    "PublisherFunctionName",
    value=publisher_with.function_name,
    export_name="WithFlagPublisherFunctionName",
)
cdk.CfnOutput(
    stack_with_flag, "StateMachineArn", value=machine_with.state_machine_arn, export_name="WithFlagStateMachineArn"
)
cdk.CfnOutput(
    stack_with_flag, "ParameterName", value=parameter_with.parameter_name, export_name="WithFlagParameterName"
)
cdk.CfnOutput(
    stack_without_flag,
    "PublisherFunctionName",
    value=publisher_without.function_name,
    export_name="WithoutFlagPublisherFunctionName",
)
app.synth()
