"""Port of aws-events-targets integ.api-gateway: a SpecRestApi as a rule target."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as api
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-events-targets-api-gateway-integ")
spec_rest_api = api.SpecRestApi(
    stack,
    "MySpecRestApi",
    api_definition=api.ApiDefinition.from_inline(
        {
            "openapi": "3.0.2",
            "paths": {
                "/test": {
                    "get": {
                        "responses": {
                            "200": {
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}
                                }
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
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
rule.add_target(targets.ApiGateway(spec_rest_api))
app.synth()
