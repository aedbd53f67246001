"""Port of aws-cdk's integ.appsync-eventapi-lambda (NodejsFunctions replaced by inline Functions, assertions
dropped): a publish handler with code over a Lambda data source."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "lambda.js"
HANDLER.write_text(
    "export const onPublish = {\n  request(ctx) { return { operation: 'Invoke', payload: ctx.events }; },\n"
    "  response(ctx) { return ctx.result; },\n};\n"
)


class EventApiLambdaStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = appsync.EventApi(self, "EventApiLambda", api_name="LambdaEventApi")
        lambda_ds = lambda_.Function(
            self,
            "LambdaDs",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
        )
        data_source = api.add_lambda_data_source("lambdads", lambda_ds)
        api.add_channel_namespace(
            "chat",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiLambdaTestFunction",
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
EventApiLambdaStack(app, "EventApiLambdaStack")
app.synth()
