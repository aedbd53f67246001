"""Port of aws-cdk's core integ.construct-metadata: analytics reporting on and
@aws-cdk/core:enableAdditionalMetadataCollection set on the app, an S3 bucket and a SpecRestApi from an inline
OpenAPI definition. The CDKMetadata resource's Analytics value (gzip of the construct list and, with the flag,
the constructs' analytics metadata) is compared decoded (tests/golden/_harness.py, ANALYTICS_MASK). The original's
JSII_AGENT override (node.js/v18.20.5) is dropped: jsii sets it for the Python runtime."""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_apigateway as api
from aws_cdk import aws_s3 as s3

app = cdk.App(analytics_reporting=True)
app.node.set_context("@aws-cdk/core:enableAdditionalMetadataCollection", True)
stack = cdk.Stack(app, "metadata-testing-example")

s3.Bucket(
    stack,
    "MyBucket",
    bucket_name="my-cdk-example-bucket",
    versioned=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    lifecycle_rules=[
        s3.LifecycleRule(
            expiration_date=datetime.datetime(2019, 10, 1, tzinfo=datetime.UTC),
            object_size_less_than=600,
            object_size_greater_than=500,
        )
    ],
    website_redirect=s3.RedirectTarget(host_name="myHost"),
)

api.SpecRestApi(
    stack,
    "MyRestApi",
    description="My Rest API",
    deploy_options=api.StageOptions(stage_name="dev"),
    api_definition=api.ApiDefinition.from_inline({
        "openapi": "3.0.2",
        "info": {"title": "My API", "version": "1.0.0"},
        "paths": {
            "/pets": {
                "get": {
                    "responses": {
                        200: {
                            "description": "Successful response",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/PetResponse"}},
                            },
                        },
                    },
                    "x-amazon-apigateway-integration": {
                        "type": "MOCK",
                        "requestTemplates": {"application/json": '{ "statusCode": 200 }'},
                        "responses": {
                            "default": {
                                "statusCode": "200",
                                "responseTemplates": {"application/json": '{"pets": []}'},
                            },
                        },
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "PetResponse": {
                    "type": "object",
                    "properties": {
                        "pets": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                            },
                        },
                    },
                },
            },
        },
    }),
)

app.synth()
