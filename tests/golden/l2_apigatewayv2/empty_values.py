"""aws-cdk-lib's defaults apply to missing values only: empty names, an empty stage list and empty execute-api ARN
parts are kept (``??``, not ``||``)."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "EmptyValues")

apigw.RateLimitedApiKey(stack, "Key", api_stages=[])
api = apigw.HttpApi(stack, "Api", api_name="")
api.add_routes(
    path="/a",
    integration=integrations.HttpUrlIntegration("Url", "https://example.com"),
    authorizer=authorizers.HttpJwtAuthorizer(
        "Jwt", "https://issuer.example.com", jwt_audience=["a"], authorizer_name="", identity_source=[]
    ),
)
ws = apigw.WebSocketApi(stack, "Ws", api_name="")

cdk.CfnOutput(stack, "HttpArn", value=api.arn_for_execute_api("", "", ""))
cdk.CfnOutput(stack, "WsArn", value=ws.arn_for_execute_api("", "", ""))
cdk.CfnOutput(stack, "WsArnV2", value=ws.arn_for_execute_api_v2("", ""))

app.synth()
