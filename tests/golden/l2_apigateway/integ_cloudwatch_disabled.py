"""Port of aws-cdk's integ.cloudwatch-disabled.ts: a RestApi that retains its deployments."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        api = apigateway.RestApi(self, "my-api", retain_deployments=True)
        api.root.add_method("GET")  # must have at least one method or an API definition


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
Test(app, "default-api")
app.synth()
