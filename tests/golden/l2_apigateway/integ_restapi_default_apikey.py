"""Port of aws-cdk's integ.restapi-default-apikey.ts: methods require an API key by default; one opts out."""

from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigateway import LambdaIntegration, MethodOptions, RestApi

app = App()
stack = Stack(app, "aws-cdk-lambda-1")

fn = lambda_.Function(
    stack,
    "MyLambda",
    code=lambda_.InlineCode("foo"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
)

apigw = RestApi(stack, "MyRestApi", default_method_options=MethodOptions(api_key_required=True))

apigw.root.add_method("GET", LambdaIntegration(fn))
apigw.root.add_method("POST", LambdaIntegration(fn), api_key_required=False)
app.synth()
