"""Port of aws-cdk's http/integ.lambda.ts: simple-response Lambda authorizers on a route and as a default.

The original's ``auth-handler`` and ``integ.lambda.handler`` folders hold only ``index.ts``, which the assets
exclude; the app writes such folders to a temporary directory (the asset hash is the same on both sides).
"""

import os
import tempfile

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpMethod, HttpRoute, HttpRouteKey
from aws_cdk.aws_apigatewayv2_authorizers import HttpLambdaAuthorizer, HttpLambdaResponseType
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

root = tempfile.mkdtemp()
for folder in ("auth-handler", "integ.lambda.handler"):
    os.makedirs(os.path.join(root, folder))
    with open(os.path.join(root, folder, "index.ts"), "w") as f:
        f.write("export const handler = async () => ({ isAuthorized: true });\n")

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "AuthorizerInteg")

auth_handler = lambda_.Function(
    stack,
    "auth-function",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_asset(os.path.join(root, "auth-handler"), exclude=["*.ts"]),
)

authorizer = HttpLambdaAuthorizer(
    "LambdaAuthorizer",
    auth_handler,
    authorizer_name="my-simple-authorizer",
    identity_source=["$request.header.X-API-Key"],
    response_types=[HttpLambdaResponseType.SIMPLE],
)

default_authorizer = HttpLambdaAuthorizer(
    "LambdaDefaultAuthorizer",
    auth_handler,
    authorizer_name="my-simple-authorizer",
    identity_source=["$request.header.X-API-Key"],
    response_types=[HttpLambdaResponseType.SIMPLE],
)

http_api = HttpApi(stack, "MyHttpApi")
http_api_with_default_authorizer = HttpApi(stack, "MyHttpApiWithDefaultAuthorizer", default_authorizer=default_authorizer)

handler = lambda_.Function(
    stack,
    "lambda",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.AssetCode.from_asset(os.path.join(root, "integ.lambda.handler"), exclude=["*.ts"]),
)

http_api.add_routes(
    path="/",
    methods=[HttpMethod.GET],
    integration=HttpLambdaIntegration("RootIntegration", handler),
    authorizer=authorizer,
)

HttpRoute(
    stack,
    "Route",
    http_api=http_api_with_default_authorizer,
    route_key=HttpRouteKey.with_("/v1/mything/{proxy+}", HttpMethod.ANY),
    integration=HttpLambdaIntegration("RootIntegration", handler),
)

CfnOutput(stack, "URL", value=http_api.url)
CfnOutput(stack, "URLWithDefaultAuthorizer", value=http_api_with_default_authorizer.url)
CfnOutput(stack, "AuthorizerId", value=authorizer.authorizer_id)
CfnOutput(stack, "AuthorizationType", value=authorizer.authorization_type)

app.synth()
