"""Port of aws-cdk's integ.appsync-eventapi-dynamodb (NodejsFunction replaced by an inline Function, assertions
dropped): a publish handler with code over a DynamoDB data source."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "ddb.js"
HANDLER.write_text(
    "import * as ddb from '@aws-appsync/utils/dynamodb';\n"
    "export const onPublish = {\n  request(ctx) { return ddb.batchPut({ tables: { 'event-messages': [] } }); },\n"
    "  response(ctx) { return ctx.events; },\n};\n"
)


class EventApiDynamoDBStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = appsync.EventApi(self, "EventApiDynamoDB", api_name="DynamoDBEventApi")
        self.table = ddb.Table(
            self,
            "table",
            table_name="event-messages",
            partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        data_source = api.add_dynamo_db_data_source("ddbsource", self.table)
        api.add_channel_namespace(
            "chat",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiDynamoDBTestFunction",
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


app = cdk.App()
EventApiDynamoDBStack(app, "EventApiDynamoDBStack")
app.synth()
