"""Port of aws-cdk's integ.appsync-eventapi-http (NodejsFunction replaced by an inline Function, assertions
dropped): a publish handler over an HTTP data source pointing at a mock REST API."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "http.js"
HANDLER.write_text(
    "export const onPublish = {\n  request(ctx) { return { method: 'GET', resourcePath: '/prod/random' }; },\n"
    "  response(ctx) { return ctx.events; },\n};\n"
)


class EventApiHttpStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = appsync.EventApi(self, "EventApiHttp", api_name="HttpEventApi")
        random_api = apigw.RestApi(self, "RandomApi")
        random_route = random_api.root.add_resource("random")
        random_route.add_method(
            "GET",
            apigw.MockIntegration(
                integration_responses=[
                    apigw.IntegrationResponse(
                        status_code="200", response_templates={"application/json": "my-random-value"}
                    )
                ],
                passthrough_behavior=apigw.PassthroughBehavior.NEVER,
                request_templates={"application/json": '{ "statusCode": 200 }'},
            ),
            method_responses=[apigw.MethodResponse(status_code="200")],
        )
        data_source = api.add_http_data_source(
            "httpsource", f"https://{random_api.rest_api_id}.execute-api.{self.region}.amazonaws.com"
        )
        api.add_channel_namespace(
            "chat",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiHttpTestFunction",
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
EventApiHttpStack(app, "EventApiHttpStack")
app.synth()
