"""Port of aws-events integ.eventbus-service-principal-grants: ``grant_put_events_to`` a service principal with a
condition under the ``requireEventBusPolicySid`` flag, a bus-to-bus forwarding rule and an ``AwsApi`` target
(pycdk's own handler, masked). ``IntegTest`` and its assertions dropped."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/aws-events:requireEventBusPolicySid": True})
stack = cdk.Stack(app, "EventBusServicePrincipalGrantsTestStack")

source_bus = events.EventBus(stack, "SourceEventBus", event_bus_name="test-source-event-bus")
target_bus = events.EventBus(stack, "TargetEventBus", event_bus_name="test-target-event-bus")

target_bus.grant_put_events_to(
    iam.ServicePrincipal(
        "events.amazonaws.com", conditions={"StringEquals": {"aws:SourceAccount": stack.account}}
    ),
    "EventsServicePrincipalGrant",
)

parameter = ssm.StringParameter(
    stack, "TestParameter", parameter_name="/test/eventbus-service-principal/events", string_value="initial"
)

events.Rule(
    stack,
    "ForwardingRule",
    event_bus=source_bus,
    event_pattern=events.EventPattern(source=["test.source"]),
    targets=[targets.EventBus(target_bus)],
)

events.Rule(
    stack,
    "TargetRule",
    event_bus=target_bus,
    event_pattern=events.EventPattern(source=["test.source"]),
    targets=[
        targets.AwsApi(
            service="SSM",
            action="putParameter",
            parameters={
                "Name": parameter.parameter_name,
                "Value": "success-events",
                "Type": "String",
                "Overwrite": True,
            },
            policy_statement=iam.PolicyStatement(actions=["ssm:PutParameter"], resources=["*"]),
        )
    ],
)
app.synth()
