"""The facts §15 golden: LambdaRestApi(handler=fn) with the proxy resource, permissions and hashed deployment."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "RestApi")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"))
apigateway.LambdaRestApi(stack, "Api", handler=fn)
app.synth()
