"""Port of aws-cdk's authorizers/integ.cognito-authorizer.ts: a Cognito user pools authorizer on a mock method.

Adapted: pycdk has no Cognito L2, so the user pool is a stand-in — a Resource implementing ``IUserPool`` around
a ``CfnUserPool`` (same construct id; fewer properties than ``cognito.UserPool`` sets)."""

import jsii
from aws_cdk import App, RemovalPolicy, Resource, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk.aws_apigateway import (
    AuthorizationType,
    CognitoUserPoolsAuthorizer,
    IntegrationResponse,
    MethodResponse,
    MockIntegration,
    PassthroughBehavior,
    RestApi,
)


@jsii.implements(cognito.IUserPool)
class UserPool(Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._cfn = cognito.CfnUserPool(self, "Resource")
        self._cfn.apply_removal_policy(RemovalPolicy.RETAIN)  # cognito.UserPool's default

    @property
    def user_pool_arn(self):
        return self._cfn.attr_arn


app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "CognitoUserPoolsAuthorizerInteg")

user_pool = UserPool(stack, "UserPool")
authorizer = CognitoUserPoolsAuthorizer(stack, "myauthorizer", cognito_user_pools=[user_pool])

rest_api = RestApi(stack, "myrestapi", cloud_watch_role=True)
rest_api.root.add_method(
    "ANY",
    MockIntegration(
        integration_responses=[IntegrationResponse(status_code="200")],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    ),
    method_responses=[MethodResponse(status_code="200")],
    authorizer=authorizer,
    authorization_type=AuthorizationType.COGNITO,
)
app.synth()
