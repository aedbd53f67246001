"""Port of aws-cdk's authorizers/integ.token-authorizer-iam-role.ts: a token authorizer that assumes a role."""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigateway import (
    AuthorizationType,
    MethodResponse,
    MockIntegration,
    PassthroughBehavior,
    RestApi,
    TokenAuthorizer,
)

# a stand-in for the original's handler directory (the asset hash only depends on this content)
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ principalId: 'user', policyDocument: {} });\n")

app = App()
stack = Stack(app, "TokenAuthorizerIAMRoleInteg")

authorizer_fn = lambda_.Function(
    stack,
    "MyAuthorizerFunction",
    runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
    handler="index.handler",
    code=lambda_.AssetCode.from_asset(handler_dir, exclude=["*.ts"]),
)

role = iam.Role(stack, "authorizerRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))

authorizer = TokenAuthorizer(stack, "MyAuthorizer", handler=authorizer_fn, assume_role=role)

restapi = RestApi(stack, "MyRestApi", cloud_watch_role=True)

restapi.root.add_method(
    "ANY",
    MockIntegration(
        integration_responses=[{"statusCode": "200"}],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    ),
    method_responses=[MethodResponse(status_code="200")],
    authorizer=authorizer,
    authorization_type=AuthorizationType.CUSTOM,
)
app.synth()
