"""Port of aws-cdk's websocket/integ.mock.ts: mock integrations, a route returning its response.

Adapted to 2.275: the mock integration's ``responses`` (integration responses) are newer than 2.275.
"""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk.aws_apigatewayv2 import WebSocketApi, WebSocketRouteOptions, WebSocketStage
from aws_cdk.aws_apigatewayv2_integrations import WebSocketMockIntegration

app = App()
stack = Stack(app, "integ-mock-websocket-integration")

web_socket_api = WebSocketApi(
    stack,
    "mywsapi",
    default_route_options=WebSocketRouteOptions(integration=WebSocketMockIntegration("DefaultIntegration")),
)
stage = WebSocketStage(stack, "mystage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)

web_socket_api.add_route(
    "sendmessage", integration=WebSocketMockIntegration("DefaultIntegration"), return_response=True
)

CfnOutput(stack, "ApiEndpoint", value=stage.url)

app.synth()
