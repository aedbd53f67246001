"""Port of aws-events-targets integ.api-gatewayv2: an ``ApiGatewayV2`` target on an HTTP API from a scheduled rule.
``IntegTest`` and its assertions dropped."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-events-targets-api-gatewayv2-integ")

http_api = apigwv2.HttpApi(stack, "HttpApi")
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
rule.add_target(targets.ApiGatewayV2(http_api))
app.synth()
