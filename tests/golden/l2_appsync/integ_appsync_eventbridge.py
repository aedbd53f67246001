"""Port of aws-cdk's integ.appsync-eventbridge: a mutation resolver putting events on a bus."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_events as events

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.eventbridge.graphql"
SCHEMA.write_text(
    "type Event {\n  result: String\n}\n\ntype Mutation {\n  emitEvent(id: String!, name: String): Event!\n}\n\n"
    "type Query {\n  getTests: String\n}\n"
)

app = cdk.App()
stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi(
    stack, "EventBridgeApi", name="EventBridgeApi", schema=appsync.SchemaFile.from_asset(str(SCHEMA))
)
bus = events.EventBus(stack, "DestinationEventBus")
data_source = api.add_event_bridge_data_source("EventBridgeDs", bus)
data_source.create_resolver(
    "EventResolver",
    type_name="Mutation",
    field_name="emitEvent",
    request_mapping_template=appsync.MappingTemplate.from_string(
        '{"version" : "2018-05-29", "operation": "PutEvents", "events" : [{ "source": "integ.appsync.eventbridge", '
        '"detailType": "Mutation.emitEvent", "detail": $util.toJson($context.arguments) }]}'
    ),
    response_mapping_template=appsync.MappingTemplate.from_string("$util.toJson($ctx.result)"),
)
app.synth()
