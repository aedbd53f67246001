"""@aws-cdk/aws-apigateway:disableCloudWatchRole (a recommended flag `cdk init` sets): no role, no Account."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/aws-apigateway:disableCloudWatchRole": True})
stack = cdk.Stack(app, "NoCloudWatchRole")
fn = lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"),
)
apigateway.LambdaRestApi(stack, "Api", handler=fn)
explicit = apigateway.RestApi(stack, "Explicit", cloud_watch_role=True)
explicit.root.add_method("GET", apigateway.MockIntegration())
app.synth()
