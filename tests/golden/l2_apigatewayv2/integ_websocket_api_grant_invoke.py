"""Port of aws-cdk's websocket/integ.api-grant-invoke.ts: execute-api ARNs of a WebSocket API in a role policy."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2")

websocket_api = apigw.WebSocketApi(stack, "webocket-api")
apigw.WebSocketStage(stack, "websocket-stage", stage_name="prod", web_socket_api=websocket_api)

iam.Role(
    stack,
    "test-iam-role",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    inline_policies={
        "webSocketAccess": iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(
                    actions=["execute-api:Invoke"],
                    resources=[
                        websocket_api.arn_for_execute_api_v2(),
                        websocket_api.arn_for_execute_api_v2("connect", "prod"),
                    ],
                )
            ]
        )
    },
)

app.synth()
