"""Port of aws-cdk's aws-scheduler-targets integ.event-bridge-put-events.ts: put an event on a custom bus."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_ssm as ssm
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from aws_cdk.aws_scheduler_targets import EventBridgePutEvents, EventBridgePutEventsEntry

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-event-bridge-put-events")
payload = {"Name": "MyEventBridgePutParameter", "Value": "😺"}
parameter = ssm.StringParameter(stack, "MyParameter", parameter_name=payload["Name"], string_value="🐶")
state_machine = sfn.StateMachine(
    stack,
    "StateMachine",
    definition_body=sfn.DefinitionBody.from_chainable(
        tasks.CallAwsService(
            stack,
            "PutParameter",
            service="ssm",
            action="putParameter",
            iam_resources=["*"],
            parameters={"Name.$": "$.Name", "Value.$": "$.Value", "Type": "String", "Overwrite": True},
        )
    ),
)
event_bus = events.EventBus(stack, "EventBus", event_bus_name="EmojisTransformationEventBus")
rule = events.Rule(
    stack,
    "Rule",
    description=(
        f"Trigger the step function {state_machine.state_machine_name} every 10 minutes, which transforms the value "
        f"of the parameter {parameter.parameter_name} from 🐶 to 😺"
    ),
    rule_name="Transforms_dog_to_cat",
    event_bus=event_bus,
    event_pattern=events.EventPattern(detail_type=["🐶➡️😺"]),
    targets=[targets.SfnStateMachine(state_machine, input=events.RuleTargetInput.from_object(payload))],
)
entry = EventBridgePutEventsEntry(
    event_bus=event_bus,
    source="emoji-transformation",
    detail=scheduler.ScheduleTargetInput.from_object({"foo": "bar"}),
    detail_type="🐶➡️😺",
)
schedule = scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(10)),
    target=EventBridgePutEvents(entry),
)
schedule.node.add_dependency(rule)
app.synth()
