"""Port of aws-cdk's http/integ.user-pool.ts: Cognito user pool authorizers on a route and as a default with
default scopes.

The original's ``integ.user-pool.handler`` folder holds only ``index.ts``, which the asset excludes; the app
writes such a folder to a temporary directory (the asset hash is the same on both sides).
"""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpMethod, HttpRoute, HttpRouteKey
from aws_cdk.aws_apigatewayv2_authorizers import HttpUserPoolAuthorizer
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "integ.user-pool.handler"))
with open(os.path.join(root, "integ.user-pool.handler", "index.ts"), "w") as f:
    f.write("export const handler = async () => ({ statusCode: 200, body: 'ok' });\n")

app = App()
stack = Stack(app, "AuthorizerInteg")

user_pool = cognito.UserPool(stack, "userpool")
user_pool_for_default_authorizer = cognito.UserPool(stack, "userpoolForDefaultAuthorizer")

authorizer = HttpUserPoolAuthorizer("UserPoolAuthorizer", user_pool)
default_authorizer = HttpUserPoolAuthorizer("UserPoolDefaultAuthorizer", user_pool_for_default_authorizer)

http_api = HttpApi(stack, "MyHttpApi")
http_api_with_default_authorizer = HttpApi(
    stack,
    "MyHttpApiWithDefaultAuthorizer",
    default_authorizer=default_authorizer,
    default_authorization_scopes=["scope1", "scope2"],
)

handler = lambda_.Function(
    stack,
    "lambda",
    runtime=lambda_.Runtime.NODEJS_18_X,
    handler="index.handler",
    code=lambda_.AssetCode.from_asset(os.path.join(root, "integ.user-pool.handler"), exclude=["*.ts"]),
)

http_api.add_routes(
    path="/",
    methods=[HttpMethod.GET],
    integration=HttpLambdaIntegration("RootIntegratin", handler),
    authorizer=authorizer,
)

HttpRoute(
    stack,
    "Route",
    http_api=http_api_with_default_authorizer,
    route_key=HttpRouteKey.with_("/v1/mything/{proxy+}", HttpMethod.ANY),
    integration=HttpLambdaIntegration("RootIntegration", handler),
)

app.synth()
