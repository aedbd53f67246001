"""Port of aws-cdk's http/integ.api-dualstack.ts: a dual-stack HTTP API."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "DualStackHttpApiStack")

apigw.HttpApi(stack, "HttpApi", route_selection_expression=True, ip_address_type=apigw.IpAddressType.DUAL_STACK)

app.synth()
