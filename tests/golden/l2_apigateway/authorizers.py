"""Lambda token and request authorizers: permissions, identity sources, cache TTL, an assumed role."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Authorizers")
auth_fn = lambda_.Function(stack, "AuthFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                           code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
token = apigateway.TokenAuthorizer(stack, "Token", handler=auth_fn, validation_regex="^Bearer .+$",
                                   results_cache_ttl=cdk.Duration.minutes(10))
role = iam.Role(stack, "InvokeRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
request = apigateway.RequestAuthorizer(stack, "Request", handler=auth_fn, authorizer_name="req-auth",
                                       identity_sources=[apigateway.IdentitySource.header("X-Key"),
                                                         apigateway.IdentitySource.query_string("key"),
                                                         apigateway.IdentitySource.stage_variable("v"),
                                                         apigateway.IdentitySource.context("identity.sourceIp")],
                                       assume_role=role)
api = apigateway.RestApi(stack, "Api", default_method_options=apigateway.MethodOptions(authorizer=token))
api.root.add_method("GET")
api.root.add_resource("req").add_method("POST", authorizer=request)
api.root.add_resource("open").add_method("GET", authorization_type=apigateway.AuthorizationType.NONE)
cdk.CfnOutput(stack, "AuthorizerArn", value=token.authorizer_arn)
app.synth()
