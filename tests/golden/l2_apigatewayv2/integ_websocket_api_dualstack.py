"""Port of aws-cdk's websocket/integ.api-dualstack.ts: a dual-stack WebSocket API."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App()
stack = cdk.Stack(app, "DualStackWebsocketApiStack")

apigw.WebSocketApi(stack, "WebSocketApi", ip_address_type=apigw.IpAddressType.DUAL_STACK)

app.synth()
