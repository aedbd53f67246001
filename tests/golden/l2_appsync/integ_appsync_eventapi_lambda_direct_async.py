"""Port of aws-cdk's integ.appsync-eventapi-lambda-direct-async (NodejsFunctions replaced by inline Functions,
assertions dropped): a direct publish handler invoking its Lambda data source asynchronously."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class EventApiLambdaDirectAsyncStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = appsync.EventApi(self, "EventApiLambdaAsync", api_name="LambdaAsyncEventApi")
        lambda_direct = lambda_.Function(
            self,
            "LambdaDirectAsync",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
        )
        data_source = api.add_lambda_data_source("lambdadirectasync", lambda_direct)
        api.add_channel_namespace(
            "chat",
            publish_handler_config=appsync.HandlerConfig(
                data_source=data_source, direct=True, lambda_invoke_type=appsync.LambdaInvokeType.EVENT
            ),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiLambdaAsyncTestFunction",
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
EventApiLambdaDirectAsyncStack(app, "EventApiLambdaDirectAsyncStack")
app.synth()
