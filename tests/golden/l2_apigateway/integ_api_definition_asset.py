"""Port of aws-cdk's integ.api-definition.asset.ts: a SpecRestApi whose OpenAPI document is a file asset."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

# a stand-in for the original's sample-definition.yaml (the asset hash only depends on this content)
work = tempfile.mkdtemp()
definition = os.path.join(work, "sample-definition.yaml")
with open(definition, "w", newline="") as f:
    f.write(
        "openapi: '3.0.2'\ninfo:\n  version: 1.0.0\n  title: Test API for CDK\npaths:\n  /pets:\n    get:\n"
        "      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n"
        "          application/json: '{\"statusCode\": 200}'\n        responses:\n          default:\n"
        "            statusCode: '200'\n"
    )

app = cdk.App()
stack = cdk.Stack(app, "integtest-restapi-fromdefinition-asset")

api = apigateway.SpecRestApi(
    stack, "my-api", cloud_watch_role=True, api_definition=apigateway.ApiDefinition.from_asset(definition)
)

api.root.add_resource("books").add_method(
    "GET",
    apigateway.MockIntegration(
        integration_responses=[apigateway.IntegrationResponse(status_code="200")],
        passthrough_behavior=apigateway.PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    ),
    method_responses=[apigateway.MethodResponse(status_code="200")],
)

cdk.CfnOutput(stack, "PetsURL", value=api.url_for_path("/pets"))
cdk.CfnOutput(stack, "BooksURL", value=api.url_for_path("/books"))
app.synth()
