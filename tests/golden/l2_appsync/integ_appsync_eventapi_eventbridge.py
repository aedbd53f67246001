"""Port of aws-cdk's integ.appsync-eventapi-eventbridge (NodejsFunction replaced by an inline Function, assertions
dropped): a publish handler over an EventBridge data source, the bus routed to a queue."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "eb.js"
HANDLER.write_text(
    "export const onPublish = {\n  request(ctx) { return { operation: 'PutEvents', events: [] }; },\n"
    "  response(ctx) { return ctx.events; },\n};\n"
)


class EventApiEventBridgeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = appsync.EventApi(self, "EventApiEventBridge", api_name="EventBridgeEventApi")
        self.event_bus = events.EventBus(self, "test-bus")
        self.sqs_queue = sqs.Queue(self, "test-queue")
        events.Rule(
            self,
            "eventapi-rule",
            event_bus=self.event_bus,
            event_pattern=events.EventPattern(source=["appsync.eventapi"]),
            targets=[targets.SqsQueue(self.sqs_queue)],
        )
        data_source = api.add_event_bridge_data_source("eventbridgeds", self.event_bus)
        api.add_channel_namespace(
            "chat",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiEventBridgeTestFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
            environment={
                "EVENT_API_REALTIME_URL": f"wss://{api.realtime_dns}/event/realtime",
                "EVENT_API_HTTP_URL": f"https://{api.http_dns}/event",
                "API_KEY": api.api_keys["Default"].attr_api_key,
            },
            timeout=cdk.Duration.seconds(15),
        )


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
EventApiEventBridgeStack(app, "EventApiEventBridgeStack")
app.synth()
