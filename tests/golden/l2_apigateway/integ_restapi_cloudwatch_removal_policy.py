"""Port of aws-cdk's integ.restapi-cloudwatch-removal-policy.ts: the CloudWatch role destroyed with the stack."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "test-apigateway-restapi-cloudwatch-removal-policy")

api = apigateway.RestApi(
    stack, "my-api", cloud_watch_role=True, cloud_watch_role_removal_policy=cdk.RemovalPolicy.DESTROY
)
api.root.add_method("GET")
app.synth()
