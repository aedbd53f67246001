"""Port of aws-cdk's authorizers/integ.api-with-authorizer-and-method.ts: a default Cognito authorizer with
default scopes, overridden per method."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as agw
from aws_cdk import aws_cognito as cognito

app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-with-authorizer-and-proxy")

user_pool = cognito.UserPool(stack, "UserPool")
authorizer = agw.CognitoUserPoolsAuthorizer(stack, "Authorizer", cognito_user_pools=[user_pool])

rest_api = agw.RestApi(
    stack,
    "CdkTestStack",
    default_method_options=agw.MethodOptions(
        authorizer=authorizer, authorization_scopes=[cognito.OAuthScope.PROFILE.scope_name]
    ),
)

rest_api.root.resource_for_path("/user").add_method("GET", agw.MockIntegration())
rest_api.root.resource_for_path("/other").add_method(
    "POST", agw.MockIntegration(), authorization_scopes=[cognito.OAuthScope.OPENID.scope_name]
)
app.synth()
