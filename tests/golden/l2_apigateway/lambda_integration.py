"""LambdaIntegration on a RestApi: proxy and non-proxy, allow_test_invoke=False and an api-scoped permission."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaInteg")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
api = apigateway.RestApi(stack, "Api")
items = api.root.add_resource("items")
items.add_method("GET", apigateway.LambdaIntegration(fn))
items.add_method("POST", apigateway.LambdaIntegration(fn, allow_test_invoke=False))
item = items.add_resource("{id}")
item.add_method("PUT", apigateway.LambdaIntegration(
    fn, proxy=False,
    request_templates={"application/json": '{ "id": "$input.params(\'id\')" }'},
    integration_responses=[apigateway.IntegrationResponse(status_code="200")]),
    method_responses=[apigateway.MethodResponse(status_code="200")])
shared = api.root.add_resource("shared")
shared.add_method("GET", apigateway.LambdaIntegration(fn, scope_permission_to_method=False))
shared.add_method("POST", apigateway.LambdaIntegration(fn, scope_permission_to_method=False))
named = lambda_.Function(stack, "Named", function_name="named-fn", runtime=lambda_.Runtime.PYTHON_3_12,
                        handler="index.handler", code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
api.root.add_resource("named").add_method("GET", apigateway.LambdaIntegration(named))
app.synth()
