"""Models with JSON schemas, request validators (explicit and via options), gateway responses, rate-limited keys."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "Models")
api = apigateway.RestApi(stack, "Api")
pet = api.add_model("Pet", content_type="application/json", model_name="Pet", description="a pet",
                    schema=apigateway.JsonSchema(
                        schema=apigateway.JsonSchemaVersion.DRAFT4, title="pet",
                        type=apigateway.JsonSchemaType.OBJECT, required=["name"],
                        properties={
                            "name": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING, min_length=1,
                                                          max_length=64, pattern="^[a-z]+$"),
                            "age": apigateway.JsonSchema(type=apigateway.JsonSchemaType.INTEGER, minimum=0,
                                                         maximum=40, exclusive_maximum=True),
                            "tags": apigateway.JsonSchema(type=apigateway.JsonSchemaType.ARRAY, max_items=5,
                                                          unique_items=True,
                                                          items=apigateway.JsonSchema(
                                                              type=[apigateway.JsonSchemaType.STRING,
                                                                    apigateway.JsonSchemaType.NULL])),
                        },
                        additional_properties=False))
apigateway.Model(stack, "Loose", rest_api=api, schema=apigateway.JsonSchema(
    type=apigateway.JsonSchemaType.OBJECT, ref="#/definitions/x",
    definitions={"x": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING)}))
validator = api.add_request_validator("BodyValidator", request_validator_name="body",
                                      validate_request_body=True)
pets = api.root.add_resource("pets")
pets.add_method("POST", request_models={"application/json": pet}, request_validator=validator,
                method_responses=[apigateway.MethodResponse(status_code="201",
                                                            response_models={"application/json": pet})])
pets.add_method("GET", request_parameters={"method.request.querystring.q": True},
                request_validator_options=apigateway.RequestValidatorOptions(validate_request_parameters=True))
api.add_gateway_response("NotFound", type=apigateway.ResponseType.RESOURCE_NOT_FOUND, status_code="404",
                         response_headers={"Access-Control-Allow-Origin": "'*'"},
                         templates={"application/json": '{ "message": $context.error.messageString }'})
api.add_gateway_response("Default4xx", type=apigateway.ResponseType.DEFAULT_4_XX)
apigateway.GatewayResponse(stack, "Custom", rest_api=api, type=apigateway.ResponseType.of("throttled"))
apigateway.RateLimitedApiKey(stack, "Limited", api_stages=[apigateway.UsagePlanPerApiStage(
    api=api, stage=api.deployment_stage)], throttle=apigateway.ThrottleSettings(rate_limit=1, burst_limit=1),
    quota=apigateway.QuotaSettings(limit=10, period=apigateway.Period.DAY))
apigateway.RateLimitedApiKey(stack, "Plain", api_key_name="plain")
cdk.CfnOutput(stack, "ModelId", value=pet.model_id)
cdk.CfnOutput(stack, "ValidatorId", value=validator.request_validator_id)
app.synth()
