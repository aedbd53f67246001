"""integ.put-events: EventBridgePutEvents to the default bus and to a bus object (IntegTest assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EventBridgePutEvents, EventBridgePutEventsEntry

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-eventbridge-put-events-integ")

event_bus = events.EventBus(stack, "EventBus", event_bus_name="MyEventBus1")
put_events = EventBridgePutEvents(stack, "Put Custom Events", entries=[
    EventBridgePutEventsEntry(detail=sfn.TaskInput.from_object({"Message": "Hello from Step Functions!"}),
                              detail_type="MessageFromStepFunctions", source="step.functions"),
    EventBridgePutEventsEntry(detail=sfn.TaskInput.from_object({"Message": "Hello from Step Functions!"}),
                              event_bus=event_bus, detail_type="MessageFromStepFunctions", source="step.functions"),
])
sfn.StateMachine(stack, "StateMachine", definition=put_events, timeout=cdk.Duration.seconds(30))
app.synth()
