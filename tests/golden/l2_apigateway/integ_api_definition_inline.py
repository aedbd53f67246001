"""Port of aws-cdk's integ.api-definition.inline.ts: a SpecRestApi with an inline OpenAPI document."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-fromdefinition-inline")

api = apigateway.SpecRestApi(
    stack,
    "my-api",
    cloud_watch_role=True,
    api_definition=apigateway.ApiDefinition.from_inline(
        {
            "openapi": "3.0.2",
            "info": {"version": "1.0.0", "title": "Test API for CDK"},
            "paths": {
                "/pets": {
                    "get": {
                        "summary": "Test Method",
                        "operationId": "testMethod",
                        "responses": {
                            "200": {
                                "description": "A paged array of pets",
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}
                                },
                            }
                        },
                        "x-amazon-apigateway-integration": {
                            "responses": {"default": {"statusCode": "200"}},
                            "requestTemplates": {"application/json": '{"statusCode": 200}'},
                            "passthroughBehavior": "when_no_match",
                            "type": "mock",
                        },
                    }
                }
            },
            "components": {"schemas": {"Empty": {"title": "Empty Schema", "type": "object"}}},
        }
    ),
)

cdk.CfnOutput(stack, "PetsURL", value=api.url_for_path("/pets"))
app.synth()
