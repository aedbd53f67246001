"""The ``@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId`` flag: on, the deployment's logical id hashes
each authorizer (and its function's name) and depends on it; off (the second stack), it does not."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_

FLAG = "@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId"


@jsii.implements(cognito.IUserPool)
class UserPoolLike(cdk.Resource):
    def __init__(self, scope, id, arn):
        super().__init__(scope, id)
        self._arn = arn

    @property
    def user_pool_arn(self):
        return self._arn


def build(stack):
    fn = lambda_.Function(stack, "AuthFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
    named = lambda_.Function(stack, "NamedFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                             function_name="named-authorizer",
                             code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
    imported = lambda_.Function.from_function_arn(
        stack, "ImportedFn", "arn:aws:lambda:us-east-1:123456789012:function:imported-auth"
    )
    token = apigateway.TokenAuthorizer(stack, "Token", handler=fn)
    request = apigateway.RequestAuthorizer(stack, "Request", handler=named,
                                           identity_sources=[apigateway.IdentitySource.header("X-Key")])
    imported_token = apigateway.TokenAuthorizer(stack, "ImportedToken", handler=imported,
                                                validation_regex="^Bearer .+$")
    pool = UserPoolLike(stack, "Pool", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_A")
    cognito_auth = apigateway.CognitoUserPoolsAuthorizer(stack, "Cognito", cognito_user_pools=[pool])
    api = apigateway.RestApi(stack, "Api", cloud_watch_role=False)
    api.root.add_method("GET", authorizer=token)
    api.root.add_resource("req").add_method("GET", authorizer=request)
    api.root.add_resource("imp").add_method("GET", authorizer=imported_token)
    api.root.add_resource("cog").add_method("GET", authorizer=cognito_auth)


app = cdk.App()
on = cdk.Stack(app, "FlagOn")
on.node.set_context(FLAG, True)
build(on)
build(cdk.Stack(app, "FlagOff"))
app.synth()
