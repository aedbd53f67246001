"""Port of aws-cdk's authorizers/integ.api-with-authorizer-and-proxy.ts: a Cognito authorizer and CORS on a
Lambda-backed proxy resource.

Adapted: pycdk has no Cognito L2, so the user pool is a stand-in — a Resource implementing ``IUserPool`` around
a ``CfnUserPool`` with the self sign-up and email alias settings."""

import os
import tempfile

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as agw
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_

# a stand-in for the original's assets directory (the asset hash only depends on this content)
assets = tempfile.mkdtemp()
with open(os.path.join(assets, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200, body: 'ok' });\n")


@jsii.implements(cognito.IUserPool)
class UserPool(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._cfn = cognito.CfnUserPool(
            self,
            "Resource",
            admin_create_user_config=cognito.CfnUserPool.AdminCreateUserConfigProperty(
                allow_admin_create_user_only=False
            ),
            username_attributes=["email"],
        )
        self._cfn.apply_removal_policy(cdk.RemovalPolicy.RETAIN)  # cognito.UserPool's default

    @property
    def user_pool_arn(self):
        return self._cfn.attr_arn


app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-with-authorizer-and-proxy")

user_pool = UserPool(stack, "UserPool")
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
