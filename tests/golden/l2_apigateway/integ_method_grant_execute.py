"""Port of aws-cdk's integ.method-grant-execute.ts: a user allowed to call one method."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "GrantExecute")

user = iam.User(stack, "user")
api = apigw.RestApi(stack, "test-api")
method = api.root.add_resource("pets").add_method("GET")
method.grant_execute(user)
app.synth()
