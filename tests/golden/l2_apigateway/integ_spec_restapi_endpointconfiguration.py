"""Port of aws-cdk's integ.spec-restapi-endpointconfiguration.ts: a regional SpecRestApi from a file asset."""

import os
import tempfile

from aws_cdk import App, CfnOutput, Stack
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

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "specrestapi-endpointConfiguration")

api = apigateway.SpecRestApi(
    stack,
    "my-api",
    api_definition=apigateway.ApiDefinition.from_asset(definition),
    endpoint_configuration=apigateway.EndpointConfiguration(types=[apigateway.EndpointType.REGIONAL]),
)

CfnOutput(stack, "PetsURL", value=api.url_for_path("/pets"))
app.synth()
