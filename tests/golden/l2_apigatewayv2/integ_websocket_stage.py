"""Port of aws-cdk's websocket/integ.stage.ts: a WebSocket stage with throttling, metrics and access logs."""

import json

import jsii

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-websocket-stage")

log_group = logs.LogGroup(stack, "MyLogGroup", removal_policy=cdk.RemovalPolicy.DESTROY)


@jsii.implements(apigwv2.IAccessLogSettings)
class AccessLogSettings:
    """The TypeScript passes an object literal; Python needs a class implementing the interface."""

    def __init__(self, destination, format):
        self._destination = destination
        self._format = format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


web_socket_api = apigwv2.WebSocketApi(stack, "WebSocketApi")
apigwv2.WebSocketStage(
    stack,
    "WebSocketStage",
    web_socket_api=web_socket_api,
    stage_name="dev",
    throttle=apigwv2.ThrottleSettings(rate_limit=1000, burst_limit=1000),
    detailed_metrics_enabled=True,
    description="My Stage",
    access_log_settings=AccessLogSettings(
        apigwv2.LogGroupLogDestination(log_group),
        apigw.AccessLogFormat.custom(
            json.dumps(
                {
                    "extendedRequestId": apigw.AccessLogField.context_extended_request_id(),
                    "requestTime": apigw.AccessLogField.context_request_time(),
                },
                separators=(",", ":"),
            )
        ),
    ),
)

app.synth()
