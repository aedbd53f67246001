"""Port of aws-cdk's http/integ.eventbridge.ts: EventBridge PutEvents integrations with default and explicit
subtypes."""

from aws_cdk import App, Stack
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_events as events
from aws_cdk.aws_apigatewayv2_integrations import HttpEventBridgeIntegration

app = App()
stack = Stack(app, "eventbridge-integration")

bus = events.EventBus(stack, "Bus")

http_api = apigwv2.HttpApi(stack, "Api")
http_api.add_routes(
    path="/default",
    methods=[apigwv2.HttpMethod.POST],
    integration=HttpEventBridgeIntegration("defaultIntegration", event_bus_ref=bus.event_bus_ref),
)
http_api.add_routes(
    path="/put-events",
    methods=[apigwv2.HttpMethod.POST],
    integration=HttpEventBridgeIntegration(
        "putEventsIntegration",
        event_bus_ref=bus.event_bus_ref,
        subtype=apigwv2.HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS,
    ),
)

app.synth()
