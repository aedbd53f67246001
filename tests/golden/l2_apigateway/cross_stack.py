"""A LambdaRestApi in one stack whose handler lives in another (cross-stack references in hash and permissions)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
backend = cdk.Stack(app, "Backend")
fn = lambda_.Function(backend, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
front = cdk.Stack(app, "Front")
api = apigateway.RestApi(front, "Api")
api.root.add_resource("items").add_method("GET", apigateway.LambdaIntegration(fn))
app.synth()
