"""Port of aws-cdk's http/integ.stage.ts: a throttled stage of an API without a default stage."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-http-stage")

http_api = apigw.HttpApi(stack, "HttpApi", create_default_stage=False)
apigw.HttpStage(
    stack,
    "HttpStageWithProperties",
    http_api=http_api,
    throttle=apigw.ThrottleSettings(rate_limit=1000, burst_limit=1000),
)

app.synth()
