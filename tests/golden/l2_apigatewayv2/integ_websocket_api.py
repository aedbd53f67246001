"""Port of aws-cdk's websocket/integ.api.ts: WebSocket APIs with defaults and without schema validation."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2")

apigw.WebSocketApi(stack, "WebSocketApi")
apigw.WebSocketApi(stack, "WebSocketApiWithProps", disable_schema_validation=True)

app.synth()
