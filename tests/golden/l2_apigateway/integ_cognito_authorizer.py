"""Port of aws-cdk's authorizers/integ.cognito-authorizer.ts: a Cognito user pools authorizer on a mock method."""

from aws_cdk import App, Stack
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

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "CognitoUserPoolsAuthorizerInteg")

user_pool = cognito.UserPool(stack, "UserPool")
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
