"""Port of aws-cdk's http/integ.add-subroute-integration.ts: one Lambda integration on a route and its subroute,
for a function, one imported by attributes and one imported by name."""

from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpMethod
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "integ-lambda-add-subroute-integration")

http_api = HttpApi(stack, "test-apigwv2-add-subroute-integration")

lambda_handler = lambda_.Function(
    stack,
    "first-lambda-function",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        "exports.handler = async function(event, context) { return { statusCode: 200, body: 'success-hit-first-lambda' }; };"
    ),
)
lambda_handler_integration = HttpLambdaIntegration("my-lambda-integration", lambda_handler)

second_lambda_handler = lambda_.Function(
    stack,
    "second-lambda-function",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        "exports.handler = async function(event, context) { return { statusCode: 200, body: 'success-hit-second-lambda' }; };"
    ),
)
lambda_from_function_attributes = lambda_.Function.from_function_attributes(
    stack, "Referenced-Lambda-Attributes", function_arn=second_lambda_handler.function_arn, same_environment=True
)
lambda_from_function_attributes_integration = HttpLambdaIntegration(
    "my-referenced-lambda-integration", lambda_from_function_attributes
)

third_lambda_name = "third-lambda-function"
third_lambda_function = lambda_.Function(
    stack,
    third_lambda_name,
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        "exports.handler = async function(event, context) { return { statusCode: 200, body: 'success-hit-third-lambda' }; };"
    ),
    function_name=third_lambda_name,
)
lambda_from_function_name = lambda_.Function.from_function_name(stack, "Referenced-Lambda-Name", third_lambda_name)
lambda_from_function_name_integration = HttpLambdaIntegration(
    "my-referenced-lambda-integration", lambda_from_function_name
)

http_api.add_routes(path="/firstroute", methods=[HttpMethod.GET], integration=lambda_handler_integration)
http_api.add_routes(path="/firstroute/subroute", methods=[HttpMethod.GET], integration=lambda_handler_integration)
http_api.add_routes(
    path="/secondroute", methods=[HttpMethod.GET], integration=lambda_from_function_attributes_integration
)
http_api.add_routes(
    path="/secondroute/subroute", methods=[HttpMethod.GET], integration=lambda_from_function_attributes_integration
)
http_api.add_routes(path="/thirdroute", methods=[HttpMethod.GET], integration=lambda_from_function_name_integration)
http_api.add_routes(
    path="/thirdroute/subroute", methods=[HttpMethod.GET], integration=lambda_from_function_name_integration
)

http_api.node.add_dependency(second_lambda_handler)
http_api.node.add_dependency(third_lambda_function)

app.synth()
