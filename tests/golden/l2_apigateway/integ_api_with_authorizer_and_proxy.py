"""Port of aws-cdk's authorizers/integ.api-with-authorizer-and-proxy.ts: a Cognito authorizer and CORS on a
Lambda-backed proxy resource."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_apigateway as agw
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_

# a stand-in for the original's assets directory (the asset hash only depends on this content)
assets = tempfile.mkdtemp()
with open(os.path.join(assets, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200, body: 'ok' });\n")


app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-with-authorizer-and-proxy")

user_pool = cognito.UserPool(
    stack, "UserPool", self_sign_up_enabled=True, sign_in_aliases=cognito.SignInAliases(email=True)
)
authorizer = agw.CognitoUserPoolsAuthorizer(stack, "Authorizer", cognito_user_pools=[user_pool])

api = agw.RestApi(
    stack,
    "Actions-ApiGateway",
    default_cors_preflight_options=agw.CorsOptions(allow_origins=agw.Cors.ALL_ORIGINS, max_age=cdk.Duration.days(10)),
)
root = api.root
send_resource = root.add_resource("InitiateAction")

myfunc = lambda_.Function(
    stack,
    "lambda-s3",
    code=lambda_.AssetCode.from_asset(assets),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_18_X,
)

send_lambda_integration = agw.LambdaIntegration(myfunc)
send_resource.add_proxy(
    default_integration=send_lambda_integration,
    any_method=True,
    default_method_options=agw.MethodOptions(authorizer=authorizer, authorization_scopes=["scope"]),
    default_cors_preflight_options=agw.CorsOptions(allow_origins=agw.Cors.ALL_ORIGINS, allow_methods=agw.Cors.ALL_METHODS),
)
app.synth()
