"""Port of aws-cdk's websocket/integ.api-apikey.ts: a WebSocket API reading API keys from the x-api-key header."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-websockets")

apigw.WebSocketApi(
    stack,
    "MyWebsocketApi",
    api_key_selection_expression=apigw.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
)

app.synth()
