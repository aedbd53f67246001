"""Port of aws-cdk's websocket/integ.lambda.ts: Lambda integrations on $connect, $disconnect, $default and a
custom route."""

from aws_cdk import App, CfnOutput, Duration, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import ContentHandling, WebSocketApi, WebSocketRouteOptions, WebSocketStage
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration

app = App()
stack = Stack(app, "WebSocketApiInteg")


def handler(id, body):
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_18_X,
        handler="index.handler",
        code=lambda_.InlineCode(
            "exports.handler = async function(event, context) { console.log(event); return { statusCode: 200, "
            f'body: "{body}" }}; }};'
        ),
    )


connect_handler = handler("ConnectHandler", "connected")
disconnet_handler = handler("DisconnectHandler", "disconnected")
default_handler = handler("DefaultHandler", "default")
message_handler = handler("MessageHandler", "received")

web_socket_api = WebSocketApi(
    stack,
    "mywsapi",
    connect_route_options=WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("ConnectIntegration", connect_handler)
    ),
    disconnect_route_options=WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("DisconnectIntegration", disconnet_handler)
    ),
    default_route_options=WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration(
            "DefaultIntegration",
            default_handler,
            timeout=Duration.seconds(10),
            content_handling=ContentHandling.CONVERT_TO_TEXT,
        )
    ),
)
stage = WebSocketStage(stack, "mystage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)

web_socket_api.add_route(
    "sendmessage", integration=WebSocketLambdaIntegration("SendMessageIntegration", message_handler)
)

CfnOutput(stack, "ApiEndpoint", value=stage.url)

app.synth()
