"""Port of aws-cdk's websocket/integ.lambda-shared-integration.ts: one Lambda integration shared by $connect,
$disconnect and $default (a permission per route)."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import WebSocketApi, WebSocketRouteOptions, WebSocketStage
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "WebSocketApiSharedIntegrationInteg")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        'exports.handler = async function(event) { console.log(event); return { statusCode: 200, body: "ok" }; };'
    ),
)

integration = WebSocketLambdaIntegration("SharedIntegration", handler)

web_socket_api = WebSocketApi(
    stack,
    "mywsapi",
    connect_route_options=WebSocketRouteOptions(integration=integration),
    disconnect_route_options=WebSocketRouteOptions(integration=integration),
    default_route_options=WebSocketRouteOptions(integration=integration),
)

stage = WebSocketStage(stack, "mystage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)

CfnOutput(stack, "ApiEndpoint", value=stage.url)

app.synth()
