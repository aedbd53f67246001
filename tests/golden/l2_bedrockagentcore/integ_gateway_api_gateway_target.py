"""Port of aws-bedrockagentcore integ.api-gateway-target: API Gateway REST API targets (tool filters, metadata
configuration) through ``GatewayTarget.for_api_gateway`` and the constructor."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreApiGatewayTargetIntegTest")

gateway = agentcore.Gateway(stack, "TestGateway", gateway_name="api-gateway-target-integ-test",
                            description="Gateway for testing API Gateway target integration")
backend_function = lambda_.Function(
    stack, "BackendFunction", function_name="integ-test-apigateway-backend", runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "\n    exports.handler = async (event) => {\n      const path = event.path || event.resource;\n"
        "      if (path === '/pets') { return { statusCode: 200, body: JSON.stringify({ pets: [] }) }; }\n"
        "      return { statusCode: 404, body: JSON.stringify({ message: 'Not found' }) };\n    };\n  "),
    description="Backend Lambda for API Gateway integration test",
)
rest_api = apigateway.RestApi(
    stack, "TestRestApi", rest_api_name="integ-test-api-gateway-target",
    description="REST API for testing Gateway API Gateway target integration",
    deploy_options=apigateway.StageOptions(stage_name="prod"),
    default_method_options=apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM),
)
pet_properties = {
    "id": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING),
    "name": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING),
    "type": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING),
}
response_model = rest_api.add_model(
    "ResponseModel", content_type="application/json", model_name="PetsResponse",
    schema=apigateway.JsonSchema(type=apigateway.JsonSchemaType.OBJECT, properties={
        "pets": apigateway.JsonSchema(type=apigateway.JsonSchemaType.ARRAY, items=apigateway.JsonSchema(
            type=apigateway.JsonSchemaType.OBJECT, properties=pet_properties)),
    }),
)
pet_response_model = rest_api.add_model(
    "PetResponseModel", content_type="application/json", model_name="PetResponse",
    schema=apigateway.JsonSchema(type=apigateway.JsonSchemaType.OBJECT, properties=pet_properties),
)
pets_resource = rest_api.root.add_resource("pets")
pets_resource.add_method(
    "GET", apigateway.LambdaIntegration(backend_function), authorization_type=apigateway.AuthorizationType.IAM,
    operation_name="listPets",
    method_responses=[apigateway.MethodResponse(status_code="200",
                                                response_models={"application/json": response_model})],
)
pet_id_resource = pets_resource.add_resource("{petId}")
pet_id_resource.add_method(
    "GET", apigateway.LambdaIntegration(backend_function), authorization_type=apigateway.AuthorizationType.IAM,
    operation_name="getPetById",
    method_responses=[apigateway.MethodResponse(status_code="200",
                                                response_models={"application/json": pet_response_model})],
)

api_gateway_target = agentcore.GatewayTarget.for_api_gateway(
    stack, "ApiGatewayTarget", gateway=gateway, gateway_target_name="api-gateway-via-static",
    description="Target created with API Gateway REST API", rest_api=rest_api, stage="prod",
    api_gateway_tool_configuration=agentcore.ApiGatewayToolConfiguration(tool_filters=[
        agentcore.ApiGatewayToolFilter(filter_path="/pets", methods=[agentcore.ApiGatewayHttpMethod.GET]),
        agentcore.ApiGatewayToolFilter(filter_path="/pets/{petId}", methods=[agentcore.ApiGatewayHttpMethod.GET]),
    ]),
)
api_gateway_target.node.add_dependency(gateway.role)
api_gateway_target2 = agentcore.GatewayTarget(
    stack, "ApiGatewayTargetConstructor", gateway=gateway, gateway_target_name="api-gateway-via-constructor",
    description="Target created via constructor with ApiGatewayTargetConfiguration",
    target_configuration=agentcore.ApiGatewayTargetConfiguration.create(
        rest_api=rest_api, stage="prod",
        api_gateway_tool_configuration=agentcore.ApiGatewayToolConfiguration(tool_filters=[
            agentcore.ApiGatewayToolFilter(filter_path="/pets/*", methods=[agentcore.ApiGatewayHttpMethod.GET]),
        ]),
        metadata_configuration=agentcore.MetadataConfiguration(
            allowed_query_parameters=["limit", "offset"], allowed_request_headers=["X-Request-ID"],
            allowed_response_headers=["X-Custom-Header"]),
    ),
)
api_gateway_target2.node.add_dependency(gateway.role)

cdk.CfnOutput(stack, "GatewayId", value=gateway.gateway_id, description="ID of the Gateway")
cdk.CfnOutput(stack, "RestApiId", value=rest_api.rest_api_id, description="ID of the REST API")
cdk.CfnOutput(stack, "RestApiUrl", value=rest_api.url, description="URL of the REST API")
cdk.CfnOutput(stack, "ApiGatewayTargetId", value=api_gateway_target.target_id,
              description="ID of the API Gateway target (static method)")
cdk.CfnOutput(stack, "ApiGatewayTarget2Id", value=api_gateway_target2.target_id,
              description="ID of the API Gateway target (constructor)")
app.synth()
