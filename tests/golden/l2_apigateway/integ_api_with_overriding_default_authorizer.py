"""Port of aws-cdk's authorizers/integ.api-with-overriding-default-authorizer.ts: a default Cognito authorizer that
one method turns off."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as agw
from aws_cdk import aws_cognito as cognito
from aws_cdk.aws_apigateway import AuthorizationType, MethodResponse, MockIntegration, PassthroughBehavior


app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-with-overriding-default-authorizer")

user_pool = cognito.UserPool(
    stack, "UserPool", self_sign_up_enabled=True, sign_in_aliases=cognito.SignInAliases(email=True)
)
authorizer = agw.CognitoUserPoolsAuthorizer(stack, "Authorizer", cognito_user_pools=[user_pool])

api = agw.RestApi(
    stack,
    "Actions-ApiGateway",
    default_cors_preflight_options=agw.CorsOptions(allow_origins=agw.Cors.ALL_ORIGINS, max_age=cdk.Duration.days(10)),
    default_method_options=agw.MethodOptions(
        authorizer=authorizer, authorization_type=agw.AuthorizationType.COGNITO, authorization_scopes=["scope"]
    ),
)


def mock():
    return MockIntegration(
        integration_responses=[{"statusCode": "200"}],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    )


api.root.add_method(
    "ANY", mock(), method_responses=[MethodResponse(status_code="200")], authorization_type=AuthorizationType.NONE
)
api.root.add_method("GET", mock(), method_responses=[MethodResponse(status_code="200")])
app.synth()
