"""Port of aws-cdk's integ.rest-api-origin: a regional REST API as a distribution's origin (stage as path)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudfront-rest-api-origin")

api = apigateway.RestApi(stack, "RestApi", endpoint_types=[apigateway.EndpointType.REGIONAL], cloud_watch_role=True)
api.root.add_method("GET")

cloudfront.Distribution(
    stack, "Distribution", default_behavior=cloudfront.BehaviorOptions(origin=origins.RestApiOrigin(api))
)

app.synth()
