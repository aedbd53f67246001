"""Authorizer options the ported integ tests leave out: JWT, Lambda with IAM responses, a role and a cache TTL,
one authorizer on several routes, an imported Cognito user pool with given clients and region, WebSocket Lambda
authorizers."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "AuthorizersSurface")

pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abcdefghi")
client = cognito.UserPoolClient.from_user_pool_client_id(stack, "Client", "client1234")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ isAuthorized: true });"),
)
backend = integrations.HttpUrlIntegration("Backend", "https://backend.example.com")

jwt = authorizers.HttpJwtAuthorizer(
    "Jwt",
    "https://issuer.example.com",
    jwt_audience=["aud1", "aud2"],
    authorizer_name="jwt-authorizer",
    identity_source=["$request.header.X-Token"],
)
role = iam.Role(stack, "InvokeRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
lambda_iam = authorizers.HttpLambdaAuthorizer(
    "LambdaIam",
    fn,
    response_types=[authorizers.HttpLambdaResponseType.IAM, authorizers.HttpLambdaResponseType.SIMPLE],
    results_cache_ttl=cdk.Duration.minutes(10),
    role=role,
)
lambda_default = authorizers.HttpLambdaAuthorizer("LambdaDefault", fn)
user_pool = authorizers.HttpUserPoolAuthorizer(
    "UserPool", pool, user_pool_clients=[client], user_pool_region="eu-west-1", authorizer_name="pool"
)

api = apigw.HttpApi(stack, "Api", default_authorizer=jwt, default_authorization_scopes=["read"])
api.add_routes(path="/jwt", integration=backend)
api.add_routes(path="/jwt-write", integration=backend, authorization_scopes=["write"])
api.add_routes(path="/lambda", integration=backend, authorizer=lambda_iam)
api.add_routes(path="/lambda-again", methods=[apigw.HttpMethod.GET], integration=backend, authorizer=lambda_iam)
api.add_routes(path="/default-lambda", integration=backend, authorizer=lambda_default)
api.add_routes(path="/pool", integration=backend, authorizer=user_pool)

ws = apigw.WebSocketApi(
    stack,
    "Ws",
    connect_route_options=apigw.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("Connect"),
        authorizer=authorizers.WebSocketLambdaAuthorizer(
            "WsAuthorizer", fn, identity_source=["route.request.querystring.token"], authorizer_name="ws-auth"
        ),
    ),
)
ws2 = apigw.WebSocketApi(
    stack,
    "Ws2",
    connect_route_options=apigw.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("Connect2"),
        authorizer=authorizers.WebSocketLambdaAuthorizer("WsDefaultAuthorizer", fn),
    ),
)

cdk.CfnOutput(stack, "JwtId", value=jwt.authorizer_id)
cdk.CfnOutput(stack, "PoolId", value=user_pool.authorizer_id)
cdk.CfnOutput(stack, "Types", value=",".join([jwt.authorization_type, lambda_iam.authorization_type,
                                              user_pool.authorization_type]))

app.synth()
