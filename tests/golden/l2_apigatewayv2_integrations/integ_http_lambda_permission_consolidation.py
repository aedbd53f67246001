"""Port of aws-cdk's http/integ.lambda-permission-consolidation.ts: ten routes sharing one API-scoped permission."""

from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpMethod, HttpRoute, HttpRouteKey
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "integ-lambda-permission-consolidation")

http_api = HttpApi(stack, "HttpApi")

lambda_handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.NODEJS_18_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        "exports.handler = async function(event, context) { return { statusCode: 200, body: "
        "JSON.stringify({ message: 'Hello from ' + event.requestContext.http.path }) }; };"
    ),
)

for i in range(1, 11):
    HttpRoute(
        stack,
        f"Route{i}",
        http_api=http_api,
        integration=HttpLambdaIntegration(f"Integration{i}", lambda_handler, scope_permission_to_route=False),
        route_key=HttpRouteKey.with_(f"/path{i}", HttpMethod.GET),
    )

app.synth()
