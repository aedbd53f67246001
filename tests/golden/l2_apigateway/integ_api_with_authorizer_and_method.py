"""Port of aws-cdk's authorizers/integ.api-with-authorizer-and-method.ts: a default Cognito authorizer with
default scopes, overridden per method.

Adapted: pycdk has no Cognito L2, so the user pool is a stand-in — a Resource implementing ``IUserPool`` around
a ``CfnUserPool`` — and the OAuth scopes are their names (``OAuthScope.PROFILE`` / ``OPENID``)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as agw
from aws_cdk import aws_cognito as cognito


@jsii.implements(cognito.IUserPool)
class UserPool(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._cfn = cognito.CfnUserPool(self, "Resource")
        self._cfn.apply_removal_policy(cdk.RemovalPolicy.RETAIN)  # cognito.UserPool's default

    @property
    def user_pool_arn(self):
        return self._cfn.attr_arn


app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-with-authorizer-and-proxy")

user_pool = UserPool(stack, "UserPool")
authorizer = agw.CognitoUserPoolsAuthorizer(stack, "Authorizer", cognito_user_pools=[user_pool])

rest_api = agw.RestApi(
    stack,
    "CdkTestStack",
    default_method_options=agw.MethodOptions(authorizer=authorizer, authorization_scopes=["profile"]),
)

rest_api.root.resource_for_path("/user").add_method("GET", agw.MockIntegration())
rest_api.root.resource_for_path("/other").add_method("POST", agw.MockIntegration(), authorization_scopes=["openid"])
app.synth()
