"""Port of aws-cdk's websocket/integ.iam.ts: IAM authorization of a $connect route."""

import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk import aws_apigatewayv2 as apigatewayv2
from aws_cdk import aws_iam as iam
from aws_cdk.aws_apigatewayv2_authorizers import WebSocketIamAuthorizer
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration
from aws_cdk.aws_lambda import Code, Function, Runtime

app = cdk.App()
stack = cdk.Stack(app, "IntegApiGatewayV2Iam")
user = iam.User(stack, "User")
user_access_key = iam.AccessKey(stack, "UserAccess", user=user)

handler = Function(
    stack,
    "auth-function",
    runtime=Runtime.NODEJS_18_X,
    code=Code.from_inline("exports.handler = () => {return true}"),
    handler="index.handler",
)

web_socket_api = apigatewayv2.WebSocketApi(
    stack,
    "WebSocketApi",
    connect_route_options=apigatewayv2.WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("WebSocketLambdaIntegration", handler),
        authorizer=WebSocketIamAuthorizer(),
    ),
)

arn = Stack.of(stack).format_arn(service="execute-api", resource=web_socket_api.api_id)

user.attach_inline_policy(
    iam.Policy(
        stack,
        "AllowInvoke",
        statements=[iam.PolicyStatement(actions=["execute-api:Invoke"], effect=iam.Effect.ALLOW, resources=[arn])],
    )
)

cdk.CfnOutput(stack, "TESTACCESSKEYID", value=user_access_key.access_key_id)
cdk.CfnOutput(stack, "TESTSECRETACCESSKEY", value=user_access_key.secret_access_key.unsafe_unwrap())
cdk.CfnOutput(stack, "TESTREGION", value=stack.region)

app.synth()
