"""Port of aws-cdk's http/integ.http-proxy.ts: an HTTP API proxying to the URL of a Lambda-backed HTTP API."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2 import HttpApi
from aws_cdk.aws_apigatewayv2_integrations import HttpLambdaIntegration, HttpUrlIntegration

app = App()
stack = Stack(app, "integ-http-proxy")


def lambda_proxy_endpoint(s):
    handler = lambda_.Function(
        s,
        "AlwaysSuccess",
        runtime=lambda_.Runtime.NODEJS_18_X,
        handler="index.handler",
        code=lambda_.InlineCode(
            'exports.handler = async function(event, context) { return { statusCode: 200, body: "success" }; };'
        ),
    )
    return HttpApi(s, "LambdaProxyApi", default_integration=HttpLambdaIntegration("DefaultIntegration", handler))


lambda_endpoint = lambda_proxy_endpoint(stack)

http_endpoint = HttpApi(
    stack, "HttpProxyApi", default_integration=HttpUrlIntegration("DefaultIntegration", lambda_endpoint.url)
)

CfnOutput(stack, "Endpoint", value=http_endpoint.url)

app.synth()
