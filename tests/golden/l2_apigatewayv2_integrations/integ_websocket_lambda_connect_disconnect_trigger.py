"""Port of aws-cdk's integ test websocket/integ.lambda-connect-disconnect-trigger.ts: a WebSocket API whose connect
and disconnect routes invoke Lambda functions that log connections to a DynamoDB table, with an auto-deployed stage
(IntegTest dropped).

The handler folders the original reads (``lambdas/connect``, ``lambdas/disconnect``) are not in the source index;
small stand-ins are written to a temporary directory (the asset hashes are the same on both sides).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import WebSocketApi, WebSocketRouteOptions, WebSocketStage
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration

lambdas = tempfile.mkdtemp()
for name, verb in (("connect", "put"), ("disconnect", "delete")):
    os.makedirs(os.path.join(lambdas, name))
    with open(os.path.join(lambdas, name, "index.js"), "w", newline="") as f:
        f.write(f"exports.handler = async (event) => {{\n  console.log('{verb}', event.requestContext.connectionId,"
                " process.env.TABLE_NAME);\n  return { statusCode: 200 };\n};\n")

app = cdk.App()

stack = cdk.Stack(app, "integ-apigwv2-lambda-connect-integration")
web_socket_table_name = "WebSocketConnections"

connect_function = lambda_.Function(
    stack, "Connect Function", function_name="process_connect_requests", runtime=lambda_.Runtime.NODEJS_14_X,
    handler="index.handler", code=lambda_.Code.from_asset(os.path.join(lambdas, "connect")),
    timeout=cdk.Duration.seconds(5), environment={"TABLE_NAME": web_socket_table_name},
)

disconnect_function = lambda_.Function(
    stack, "Disconnect Function", function_name="process_disconnect_requests", runtime=lambda_.Runtime.NODEJS_14_X,
    handler="index.handler", code=lambda_.Code.from_asset(os.path.join(lambdas, "disconnect")),
    timeout=cdk.Duration.seconds(5), environment={"TABLE_NAME": web_socket_table_name},
)

web_socket_log_table = dynamodb.Table(
    stack, "WebSocket Log Table", table_name=web_socket_table_name,
    partition_key=dynamodb.Attribute(name="ConnectionId", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
web_socket_log_table.grant_read_write_data(connect_function)
web_socket_log_table.grant_read_write_data(disconnect_function)

web_socket_connect_integration = WebSocketLambdaIntegration("ConnectIntegration", connect_function)
web_socket_disconnect_integration = WebSocketLambdaIntegration("DisconnectIntegration", disconnect_function)

web_socket_api = WebSocketApi(
    stack, "WebSocket API", api_name="webSocket", route_selection_expression="$request.body.action",
    connect_route_options=WebSocketRouteOptions(integration=web_socket_connect_integration),
    disconnect_route_options=WebSocketRouteOptions(integration=web_socket_disconnect_integration),
)

WebSocketStage(stack, "Production Stage", web_socket_api=web_socket_api, stage_name="prod", auto_deploy=True)

app.synth()
