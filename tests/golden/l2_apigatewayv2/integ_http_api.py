"""Port of aws-cdk's http/integ.api.ts: an HTTP API with the route selection expression."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2")

apigw.HttpApi(stack, "HttpApi", route_selection_expression=True)

app.synth()
