"""Port of aws-cdk's http/integ.lambda-proxy.ts: an HTTP API with a Lambda default integration."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration

app = App()
stack = Stack(app, "integ-lambda-proxy")

handler = lambda_.Function(
    stack,
    "AlwaysSuccess",
    runtime=lambda_.Runtime.NODEJS_18_X,
    handler="index.handler",
    code=lambda_.InlineCode(
        'exports.handler = async function(event, context) { return { statusCode: 200, body: "success" }; };'
    ),
)

endpoint = HttpApi(stack, "LambdaProxyApi", default_integration=HttpLambdaIntegration("DefaultIntegration", handler))

CfnOutput(stack, "Endpoint", value=endpoint.url)

app.synth()
