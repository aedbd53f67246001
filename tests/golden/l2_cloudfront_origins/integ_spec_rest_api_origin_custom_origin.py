"""Port of aws-cdk's integ.spec-rest-api-origin-custom-origin: a ``SpecRestApi`` (inline OpenAPI) as a REST API
origin with origin path ``/``."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "integ-spec-rest-api-origin-custom-origin")

rest_api_swagger_definition = {
    "openapi": "3.0.0",
    "info": {"title": "Example API", "description": "Example API for testing", "version": "0.1.9"},
    "servers": [
        {"url": "http://api.example.com/v1", "description": "Production endpoint"},
        {"url": "http://staging-api.example.com", "description": "Staging endpoint"},
    ],
    "paths": {
        "/users": {
            "get": {
                "summary": "Returns a list of users.",
                "description": "Optional extended description in CommonMark or HTML.",
                "responses": {
                    "200": {
                        "description": "A JSON array of user names",
                        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string';"}}}},
                    },
                },
            },
        },
    },
}
api = apigateway.SpecRestApi(
    stack, "RestApi", api_definition=apigateway.ApiDefinition.from_inline(rest_api_swagger_definition)
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.RestApiOrigin(api, origin_path="/")),
)
app.synth()
