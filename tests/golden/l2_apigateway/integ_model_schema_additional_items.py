"""Port of aws-cdk's integ.model-schema-additional-items.ts: a model whose schema uses tuple items and
``additionalItems``, validated on a POST method."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        api = apigateway.RestApi(self, "model-schema-api", rest_api_name="Model Schema Test API")

        schema = apigateway.JsonSchema(
            type=apigateway.JsonSchemaType.OBJECT,
            required=["tags"],
            properties={
                "tags": apigateway.JsonSchema(
                    type=apigateway.JsonSchemaType.ARRAY,
                    items=[
                        apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING, enum=["primary"]),
                        apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING, enum=["secondary"]),
                    ],
                    additional_items=apigateway.JsonSchema(
                        type=apigateway.JsonSchemaType.STRING, pattern="^[a-z0-9-]+$"
                    ),
                    min_items=1,
                    max_items=5,
                )
            },
        )

        model = api.add_model("TagsModel", content_type="application/json", model_name="Tags", schema=schema)

        validator = api.add_request_validator(
            "TagsValidator", request_validator_name="TagsValidator", validate_request_body=True
        )

        api.root.add_method(
            "POST",
            apigateway.MockIntegration(
                integration_responses=[apigateway.IntegrationResponse(status_code="200")],
                request_templates={"application/json": '{ "statusCode": 200 }'},
            ),
            request_validator=validator,
            request_models={"application/json": model},
            method_responses=[apigateway.MethodResponse(status_code="200")],
        )


app = cdk.App()
TestStack(app, "model-schema-additional-items-test")
app.synth()
