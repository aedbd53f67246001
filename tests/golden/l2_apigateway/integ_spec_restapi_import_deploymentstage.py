"""Port of aws-cdk's integ.spec-restapi.import-deploymentstage.ts: a SpecRestApi deployed by hand to an existing
stage, its deployment's logical id following the definition."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "integtest-specrestapi-import-deployment-stage")

api_definition = {
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
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}},
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

# deploy=False: the SpecRestApi creates no deployment of its own
api = apigateway.SpecRestApi(
    stack, "my-api", deploy=False, api_definition=apigateway.ApiDefinition.from_inline(api_definition)
)

# a deployment by hand, to an existing stage
deployment = apigateway.Deployment(stack, "MyManualDeployment", api=api, stage_name="myStage")
deployment.add_to_logical_id(api_definition)
app.synth()
