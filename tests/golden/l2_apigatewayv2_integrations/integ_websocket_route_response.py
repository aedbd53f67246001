"""Port of aws-cdk's websocket/integ.route-response.ts: a route with a route response."""

import aws_cdk as cdk
from aws_cdk.aws_apigatewayv2 import WebSocketApi
from aws_cdk.aws_apigatewayv2_integrations import WebSocketMockIntegration

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-websockets")

api = WebSocketApi(stack, "MyWebsocketApi")
api.add_route("test", integration=WebSocketMockIntegration("SendMessageIntegration"), return_response=True)

app.synth()
