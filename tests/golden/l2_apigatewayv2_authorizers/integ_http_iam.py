"""Port of aws-cdk's http/integ.iam.ts: IAM authorization by default, grant_invoke on two routes."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigatewayv2
from aws_cdk import aws_iam as iam
from aws_cdk.aws_apigatewayv2_authorizers import HttpIamAuthorizer


class ExampleComIntegration(apigatewayv2.HttpRouteIntegration):
    def bind(self, *, route, scope):
        return apigatewayv2.HttpRouteIntegrationConfig(
            type=apigatewayv2.HttpIntegrationType.HTTP_PROXY,
            payload_format_version=apigatewayv2.PayloadFormatVersion.VERSION_1_0,
            method=apigatewayv2.HttpMethod.GET,
            uri="https://www.example.com/",
        )


app = cdk.App()
stack = cdk.Stack(app, "IntegApiGatewayV2Iam")
user = iam.User(stack, "User")
user_access_key = iam.AccessKey(stack, "UserAccess", user=user)

http_api = apigatewayv2.HttpApi(stack, "HttpApi", default_authorizer=HttpIamAuthorizer())

[foo_route] = http_api.add_routes(integration=ExampleComIntegration("examplecom"), path="/foo")
foo_route.grant_invoke(user)

[books_route] = http_api.add_routes(integration=ExampleComIntegration("examplecom"), path="/books/{book}")
books_route.grant_invoke(user)

cdk.CfnOutput(stack, "API", value=http_api.url)
cdk.CfnOutput(stack, "TESTACCESSKEYID", value=user_access_key.access_key_id)
cdk.CfnOutput(stack, "TESTSECRETACCESSKEY", value=user_access_key.secret_access_key.unsafe_unwrap())
cdk.CfnOutput(stack, "TESTREGION", value=stack.region)

app.synth()
