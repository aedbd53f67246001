"""A RestApi with nested resources and MOCK methods: integration/method responses, request parameters, models."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "MockApi")
api = apigateway.RestApi(stack, "Api")
api.root.add_method("GET", apigateway.MockIntegration(
    integration_responses=[apigateway.IntegrationResponse(
        status_code="200", response_templates={"application/json": '{"hello": "world"}'})],
    request_templates={"application/json": '{ "statusCode": 200 }'},
    passthrough_behavior=apigateway.PassthroughBehavior.NEVER),
    method_responses=[apigateway.MethodResponse(status_code="200")])
pets = api.root.add_resource("pets")
pets.add_method("GET", apigateway.MockIntegration(),
                request_parameters={"method.request.querystring.limit": False,
                                    "method.request.header.X-Trace": True},
                api_key_required=True, operation_name="ListPets")
pet = pets.add_resource("{petId}")
pet.add_method("GET", apigateway.MockIntegration(integration_responses=[
    apigateway.IntegrationResponse(status_code="200", selection_pattern="2\\d{2}",
                                   response_parameters={"method.response.header.X-Id": "'abc'"}),
    apigateway.IntegrationResponse(status_code="404", selection_pattern="404",
                                   content_handling=apigateway.ContentHandling.CONVERT_TO_TEXT),
]), method_responses=[
    apigateway.MethodResponse(status_code="200", response_parameters={"method.response.header.X-Id": True},
                              response_models={"application/json": apigateway.Model.EMPTY_MODEL}),
    apigateway.MethodResponse(status_code="404", response_models={"application/json": apigateway.Model.ERROR_MODEL}),
], request_models={"application/json": apigateway.Model.EMPTY_MODEL})
pet.add_method("DELETE", authorization_type=apigateway.AuthorizationType.IAM)
deep = api.root.resource_for_path("/a/b/c")
deep.add_method("ANY")
cdk.CfnOutput(stack, "DeepPath", value=deep.path)
app.synth()
