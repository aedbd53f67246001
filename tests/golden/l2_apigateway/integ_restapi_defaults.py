"""Port of aws-cdk's integ.restapi.defaults.ts: a RestApi with default settings and one method."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "test-apigateway-restapi-defaults")

api = apigateway.RestApi(stack, "my-api", cloud_watch_role=True)
api.root.add_method("GET")  # at least one method is required
app.synth()
