"""Port of aws-cdk's authorizers/integ.request-authorizer.lit.ts: two request authorizers on one function."""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigateway import (
    IdentitySource,
    MethodResponse,
    MockIntegration,
    PassthroughBehavior,
    RequestAuthorizer,
    RestApi,
)

# a stand-in for the original's handler directory (the asset hash only depends on this content)
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ principalId: 'user', policyDocument: {} });\n")

app = App()
stack = Stack(app, "RequestAuthorizerInteg")

authorizer_fn = lambda_.Function(
    stack,
    "MyAuthorizerFunction",
    runtime=lambda_.Runtime.NODEJS_14_X,
    handler="index.handler",
    code=lambda_.AssetCode.from_asset(handler_dir),
)

restapi = RestApi(stack, "MyRestApi", cloud_watch_role=True)

authorizer = RequestAuthorizer(
    stack,
    "MyAuthorizer",
    handler=authorizer_fn,
    identity_sources=[IdentitySource.header("Authorization"), IdentitySource.query_string("allow")],
)

second_authorizer = RequestAuthorizer(
    stack,
    "MySecondAuthorizer",
    handler=authorizer_fn,
    identity_sources=[IdentitySource.header("Authorization"), IdentitySource.query_string("allow")],
)


def mock():
    return MockIntegration(
        integration_responses=[{"statusCode": "200"}],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    )


restapi.root.add_method("ANY", mock(), method_responses=[MethodResponse(status_code="200")], authorizer=authorizer)
restapi.root.resource_for_path("auth").add_method(
    "ANY", mock(), method_responses=[MethodResponse(status_code="200")], authorizer=second_authorizer
)
app.synth()
